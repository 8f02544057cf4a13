using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>
/// Declares, on a route or a group, which of the API conventions it follows. Each adds the
/// <see cref="ApiConventionMetadata"/> and the problem responses, so the document and the route agree.
/// </summary>
public static class ApiConventionExtensions
{
    /// <summary>The route updates or transitions a resource and requires <c>If-Match</c> (412, 428).</summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.Follows(new IfMatchRequired());

    /// <summary>The route creates a resource and accepts <c>Idempotency-Key</c>.</summary>
    public static TBuilder AcceptsIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.Follows(new IdempotencyKeyAccepted());

    /// <summary>The route validates its input (400 with errors per field).</summary>
    public static TBuilder ProducesValidationProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.Follows(new ValidatesInput());

    /// <summary>The route can break a domain rule (422 naming the rule).</summary>
    public static TBuilder ProducesRuleViolations<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.Follows(new EnforcesRules());

    /// <summary>The route moves a state machine (409 naming the stage it is in).</summary>
    public static TBuilder ProducesTransitionConflicts<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.Follows(new ChecksTransitions());

    private static TBuilder Follows<TBuilder>(this TBuilder builder, ApiConventionMetadata convention)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(convention);
        foreach (var status in convention.ProblemStatuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ProblemResponses.ContentType]));
        }

        return builder;
    }
}
