using System.Text.Json.Nodes;

namespace Spp.Gateway.OpenApi;

/// <summary>A service's OpenAPI document as fetched from one cluster.</summary>
/// <param name="ClusterId">The cluster that serves it.</param>
/// <param name="Document">The document.</param>
internal sealed record ServiceDocument(string ClusterId, JsonObject Document);
