using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>Valid bodies for the action plan's routes (and evidence attachments), so that a refusal is about the caller.</summary>
internal static class ActionPlanBodies
{
    private const string Plan = "/api/v1/cycles/{cycleId:guid}/action-plan";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static IReadOnlyDictionary<string, Func<AuthorizationWorld, object>> All { get; } = new Dictionary<string, Func<AuthorizationWorld, object>>
    {
        [$"POST {Plan}/actions"] = w => Action(w),
        [$"PATCH {Plan}/actions/{{actionId:guid}}"] = w => Action(w),
        [$"POST {Plan}/actions/{{actionId:guid}}/status-updates"] = _ => new { status = "InProgress", note = "Started" },
        [$"POST {Plan}/feedback"] = _ => new { level = "Pupils", text = "Pupils enjoy reading time" },
        [$"POST {Plan}/measures"] = w => new { level = "Pupils", name = "Pupils reading daily", actionId = w.ActionId, baseline = new { value = 10, on = Today.AddDays(-7) }, target = new { value = 30, on = Today.AddMonths(6) } },
        [$"POST {Plan}/measures/{{measureId:guid}}/readings"] = _ => new { value = 12, takenOn = Today, note = "First check" },
        [$"POST {Plan}/support"] = w => new { fromUrn = w.Cycle.LeadUrn, toUrn = w.Cycle.Urn, actionId = w.ActionId, description = "Model a reading lesson" },
        ["POST /api/v1/cycles/{cycleId:guid}/evidence/{evidenceId:guid}/attachments"] = _ => Attachment(),
    };

    private static object Action(AuthorizationWorld w) =>
        new { title = "Weekly phonics check", description = (string?)null, ownerId = w.Cycle.StaffMember, dueOn = Today.AddMonths(2), successMeasure = "All pupils checked", priority = "Reading" };

    private static ByteArrayContent Attachment()
    {
        var file = new ByteArrayContent("book look notes"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = "notes.txt" };
        return file;
    }
}
