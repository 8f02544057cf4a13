namespace Spp.Contracts.People;

/// <summary>A person was registered on their first sign-in. Names and e-mails never travel in events.</summary>
public sealed record PersonRegistered(Guid PersonId);
