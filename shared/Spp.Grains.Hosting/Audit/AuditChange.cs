using System.Text.Json.Nodes;

namespace Spp.Grains.Hosting.Audit;

/// <summary>One changed field: its path in the state (e.g. <c>partnership.schools[2]</c>) and its values before and after.</summary>
public sealed record AuditChange(string Path, JsonNode? Before, JsonNode? After);
