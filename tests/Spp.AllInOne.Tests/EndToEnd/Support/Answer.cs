using System.Net;
using System.Text.Json;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>One answer of the API: its status, its JSON body (undefined when it had none) and its ETag header.</summary>
internal sealed record Answer(HttpStatusCode Status, JsonElement Body, string? ETag)
{
    public Guid Id => Body.GetProperty("id").GetGuid();

    /// <summary>The ETag of the body when the resource carries one, else of the header.</summary>
    public string CurrentETag =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("eTag", out var tag) && tag.GetString() is { } inBody ? inBody
        : ETag ?? throw new InvalidOperationException("The answer carries no ETag.");
}
