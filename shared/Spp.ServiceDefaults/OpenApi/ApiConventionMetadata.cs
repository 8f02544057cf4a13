namespace Spp.ServiceDefaults.OpenApi;

/// <summary>
/// What a route does under the API conventions, as endpoint metadata: the OpenAPI document reads it
/// to list the route's headers and problem responses, and tests read it to know which statuses the
/// route can answer. Added by <see cref="ApiConventionExtensions"/>.
/// </summary>
public abstract record ApiConventionMetadata
{
    /// <summary>The problem statuses this convention lets the route answer.</summary>
    public abstract IReadOnlyList<int> ProblemStatuses { get; }
}

/// <summary>An update or transition: <c>If-Match</c> is required (428 without it, 412 when stale).</summary>
public sealed record IfMatchRequired : ApiConventionMetadata
{
    /// <inheritdoc />
    public override IReadOnlyList<int> ProblemStatuses { get; } = [412, 428];
}

/// <summary>A create that accepts <c>Idempotency-Key</c>: a retry with the same key returns the first result.</summary>
public sealed record IdempotencyKeyAccepted : ApiConventionMetadata
{
    /// <inheritdoc />
    public override IReadOnlyList<int> ProblemStatuses { get; } = [];
}

/// <summary>Bad input is answered with 400 and the errors per field.</summary>
public sealed record ValidatesInput : ApiConventionMetadata
{
    /// <inheritdoc />
    public override IReadOnlyList<int> ProblemStatuses { get; } = [400];
}

/// <summary>A broken domain rule is answered with 422 naming the rule.</summary>
public sealed record EnforcesRules : ApiConventionMetadata
{
    /// <inheritdoc />
    public override IReadOnlyList<int> ProblemStatuses { get; } = [422];
}

/// <summary>A change not possible from the current stage is answered with 409 naming the stage.</summary>
public sealed record ChecksTransitions : ApiConventionMetadata
{
    /// <inheritdoc />
    public override IReadOnlyList<int> ProblemStatuses { get; } = [409];
}
