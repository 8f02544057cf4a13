using Microsoft.AspNetCore.Http.HttpResults;

namespace Spp.Improvement.Api;

/// <summary>Conditional-request rules: every update or transition names the version it was based on.</summary>
internal static class Preconditions
{
    /// <summary>The <c>If-Match</c> value, or the 428 problem to return when it is missing.</summary>
    public static (string? IfMatch, ProblemHttpResult? Missing) RequireIfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value)
            ? (null, TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag you last read in If-Match, so that no one else's change is overwritten.",
                type: "https://spp-platform.org/problems/precondition-required"))
            : (value, null);
    }
}
