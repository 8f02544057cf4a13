namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>
/// Changes that may be made again and again in one world (each creates something new or adds a record),
/// so every allowed role can make them in turn without breaking later calls.
/// </summary>
internal static class RepeatableChanges
{
    private const string Plan = "/api/v1/cycles/{cycleId:guid}/action-plan";

    public static IReadOnlySet<string> Routes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "POST /api/v1/platform/hosts",
        "POST /api/v1/platform/tenants",
        "POST /api/v1/platform/hosts/{hostId:guid}/invitations",
        "POST /api/v1/hosts/{hostId:guid}/tenants",
        "POST /api/v1/hosts/{hostId:guid}/invitations",
        "POST /api/v1/invitations",
        "POST /api/v1/enquiry-framework/questions",
        "POST /api/v1/partnerships",
        $"POST {Plan}/measures",
        $"POST {Plan}/measures/{{measureId:guid}}/readings",
        $"POST {Plan}/feedback",
        $"POST {Plan}/actions/{{actionId:guid}}/status-updates",
    };
}
