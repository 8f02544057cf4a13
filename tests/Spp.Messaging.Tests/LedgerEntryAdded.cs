namespace Spp.Messaging.Tests;

/// <summary>A test event: a line added to a ledger grain.</summary>
public sealed record LedgerEntryAdded(string Ledger, long Line);

/// <summary>A test event whose consumer always fails.</summary>
public sealed record PoisonArrived(Guid Id);
