namespace Spp.ServiceDefaults.OpenApi;

/// <summary>The problem answers of the API conventions (docs: api-conventions, "Status codes").</summary>
public static class ProblemResponses
{
    /// <summary>The media type of every error body.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>The schema of a problem.</summary>
    public const string ProblemSchema = "ProblemDetails";

    /// <summary>The schema of a 400 problem, with its errors per field.</summary>
    public const string ValidationProblemSchema = "ValidationProblemDetails";

    /// <summary>Statuses that every route can answer, whatever it declares.</summary>
    public static readonly IReadOnlyList<int> Always = [404, 429, 503];

    /// <summary>Statuses that every route needing a signed-in caller can answer.</summary>
    public static readonly IReadOnlyList<int> WhenSignedIn = [401, 403];

    /// <summary>Statuses that every route taking a body can answer.</summary>
    public static readonly IReadOnlyList<int> WhenBody = [413];

    /// <summary>Every problem answer, by status.</summary>
    public static readonly IReadOnlyDictionary<int, ProblemResponse> ByStatus = new[]
    {
        new ProblemResponse(400, "BadRequest", "The request is malformed or a field is invalid; the errors are listed per field.", ValidationProblemSchema),
        new ProblemResponse(401, "Unauthorized", "No bearer token, or one that is expired, tampered with or from an untrusted issuer.", ProblemSchema),
        new ProblemResponse(403, "Forbidden", "Signed in, but this role may not do this; or the tenant is suspended (type tenant-suspended).", ProblemSchema),
        new ProblemResponse(404, "NotFound", "No such resource, or one the caller may not see (another tenant's resources are never revealed).", ProblemSchema),
        new ProblemResponse(409, "Conflict", "The change is not possible from the resource's current stage; the problem's 'from' names it.", ProblemSchema),
        new ProblemResponse(412, "PreconditionFailed", "If-Match does not match the current ETag; the response carries the current ETag.", ProblemSchema, "ETag"),
        new ProblemResponse(413, "ContentTooLarge", "The body is larger than the route accepts (1 MB unless the route streams an upload).", ProblemSchema),
        new ProblemResponse(415, "UnsupportedMediaType", "The body's content type is not one the route accepts; the problem's detail names those it does.", ProblemSchema),
        new ProblemResponse(422, "RuleViolation", "A rule of the programme was broken; the problem's 'rule' names it.", ProblemSchema),
        new ProblemResponse(428, "PreconditionRequired", "If-Match is required: send the ETag last read, so that no one else's change is overwritten.", ProblemSchema),
        new ProblemResponse(429, "TooManyRequests", "Rate limited; try again after Retry-After seconds.", ProblemSchema, "Retry-After"),
        new ProblemResponse(503, "ServiceUnavailable", "A dependency is down or the resource is busy; try again after Retry-After seconds.", ProblemSchema, "Retry-After"),
    }.ToDictionary(r => r.Status);
}
