using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Tags routes and describes the tag, so that the document lists every tag with its description.</summary>
public static class ApiTagExtensions
{
    /// <summary>Tags the route (or group) with <paramref name="name"/> and describes that tag.</summary>
    public static TBuilder WithDescribedTag<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return builder.WithTags(name).WithMetadata(new ApiTagDescription(name, description));
    }
}
