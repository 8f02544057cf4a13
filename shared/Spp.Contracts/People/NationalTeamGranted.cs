namespace Spp.Contracts.People;

/// <summary>A person joined the national programme team.</summary>
public sealed record NationalTeamGranted(Guid PersonId);
