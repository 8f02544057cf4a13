using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>Valid bodies for the tenant's own routes: enrolments, partnerships, rounds, people, policies, the enquiry framework.</summary>
internal static class TenantBodies
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static IReadOnlyDictionary<string, Func<AuthorizationWorld, object>> All { get; } = new Dictionary<string, Func<AuthorizationWorld, object>>
    {
        ["POST /api/v1/enquiry-framework/questions"] = _ => new { theme = "LookingInward", text = $"To what extent do pupils in class {Random.Shared.Next(1, 1_000_000)} read for pleasure?" },
        ["PATCH /api/v1/enquiry-framework/questions/{questionId}"] = _ => new { text = "To what extent do pupils choose to read?" },
        ["POST /api/v1/enrolments"] = w => new { urn = w.OtherSchoolUrn },
        ["POST /api/v1/invitations"] = _ => new { email = "new.admin@example.org", role = "TenantAdmin" },
        ["PUT /api/v1/members/{personId:guid}/roles"] = w => new { isTenantAdmin = false, isFacilitator = false, schools = new[] { new { urn = w.Cycle.Urn, role = "Staff" } } },
        ["POST /api/v1/partnerships"] = _ => new { name = "East Leeds", phase = "Build", phaseStarts = Today, phaseEnds = Today.AddYears(1) },
        ["PATCH /api/v1/partnerships/{id:guid}"] = _ => new { name = "North Leeds Partnership" },
        ["PUT /api/v1/partnerships/{id:guid}/facilitator"] = w => new { personId = w.Cycle.Facilitator },
        ["POST /api/v1/partnerships/{id:guid}/phase"] = _ => new { phase = "Embed", starts = Today, ends = Today.AddYears(1) },
        ["POST /api/v1/partnerships/{id:guid}/schools"] = w => new { urn = w.Cycle.LeadUrn },
        ["PUT /api/v1/partnerships/{id:guid}/champions"] = w => new { champions = new[] { new { personId = w.Cycle.Champion, urn = w.Cycle.ChampionUrn } } },
        ["POST /api/v1/partnerships/{partnershipId:guid}/rounds"] = _ => new { name = "2026–27 round 2", windowStarts = Today, windowEnds = Today.AddMonths(5) },
        ["POST /api/v1/rounds/{id:guid}/rota/proposal"] = _ => new { extraReviewers = 1 },
        ["PUT /api/v1/rounds/{id:guid}/rota"] = w => new { rota = new[] { new { urn = w.Cycle.Urn, leadReviewer = new { personId = w.Cycle.LeadReviewer, urn = w.Cycle.LeadUrn }, reviewers = Array.Empty<object>() } } },
        ["PUT /api/v1/policies/deadlines"] = _ => new { selfReviewDaysBeforeVisit = 14, reviewPlanDaysBeforeVisit = 7, findingsDaysAfterVisit = 5, workshopDaysAfterFindings = 10, actionPlanDaysAfterWorkshop = 10, impactReadingsPerTerm = 1 },
        ["PUT /api/v1/policies/terms"] = _ => new { terms = new[] { new { name = "Autumn", starts = new DateOnly(2026, 9, 1), ends = new DateOnly(2026, 12, 18) } } },
        ["PUT /api/v1/policies/retention"] = _ => new { evidenceMonths = 36 },
    };
}
