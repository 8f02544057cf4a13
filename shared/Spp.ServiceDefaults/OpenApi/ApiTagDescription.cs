namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: the description of a tag, listed with the document's tags.</summary>
/// <param name="Name">The tag.</param>
/// <param name="Description">What its routes are for.</param>
public sealed record ApiTagDescription(string Name, string Description);
