namespace Spp.Contracts.People;

/// <summary>A person's personal data was erased on request; consumers drop what they hold about them.</summary>
public sealed record PersonErased(Guid PersonId);
