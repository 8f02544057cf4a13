namespace Spp.Contracts.Schools;

/// <summary>The national team uploaded a register file; its rows are being imported.</summary>
public sealed record SchoolImportStarted(Guid ImportId, Guid? StartedBy, long Bytes);
