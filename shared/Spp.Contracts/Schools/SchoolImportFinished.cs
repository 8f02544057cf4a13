namespace Spp.Contracts.Schools;

/// <summary>An import of the national register ended; counts only.</summary>
/// <param name="Outcome">How it ended: <c>Completed</c>, <c>Failed</c> or <c>Interrupted</c>.</param>
public sealed record SchoolImportFinished(Guid ImportId, string Outcome, long Read, long Imported, long Updated, long Unchanged, long Rejected);
