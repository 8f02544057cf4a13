using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Contracts.Actions;
using Spp.Contracts.Tenants;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// <c>GET /api/v1/me/next</c>: everything the signed-in person has to do, across their tenants and
/// cycles, overdue first and then by due date — the screen every role starts from.
/// </summary>
public static class WhatsNextApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapWhatsNextApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me/next", GetNext)
            .WithDescribedTag("People", "The signed-in person's own record and what they have to do next; the national team's data-protection export and erasure.")
            .WithName("GetWhatsNext")
            .RequireAuthorization(ImprovementPolicies.SignedIn);
        return app;
    }

    internal static async Task<Ok<WhatsNextView>> GetNext(Caller caller, IGrainFactory grains, TimeProvider time)
    {
        var personId = caller.PersonId!.Value;
        var person = grains.GetGrain<IPersonGrain>(personId);
        var today = LondonCalendar.Today(time);
        var tenants = new Dictionary<Guid, TenantView?>();
        var items = new List<NextTask>();
        foreach (var group in (await person.Cycles()).GroupBy(c => c.TenantId))
        {
            // Cycles of a tenant the person has left, or that is suspended, ask nothing of them now.
            if (await person.MembershipIn(group.Key) is null || await ActiveTenantAsync(grains, tenants, group.Key) is not { } tenant)
            {
                continue;
            }

            var perCycle = await Task.WhenAll(group.Select(c => TasksOnCycleAsync(grains, personId, c.CycleId, tenant, today)));
            items.AddRange(perCycle.SelectMany(t => t));
        }

        return TypedResults.Ok(new WhatsNextView([.. items
            .OrderBy(t => t.Overdue is null ? 1 : 0)
            .ThenBy(t => t.Due ?? DateOnly.MaxValue)
            .ThenBy(t => t.Kind, StringComparer.Ordinal)]));
    }

    private static async Task<TenantView?> ActiveTenantAsync(IGrainFactory grains, Dictionary<Guid, TenantView?> tenants, Guid tenantId)
    {
        if (!tenants.TryGetValue(tenantId, out var tenant))
        {
            try
            {
                tenant = await grains.GetGrain<ITenantGrain>(tenantId).Get();
            }
            catch (GrainNotFoundException)
            {
                tenant = null;
            }

            tenants[tenantId] = tenant;
        }

        return tenant?.Status == TenantStatus.Active ? tenant : null;
    }

    private static async Task<IEnumerable<NextTask>> TasksOnCycleAsync(IGrainFactory grains, Guid personId, Guid cycleId, TenantView tenant, DateOnly today)
    {
        var cycle = grains.GetGrain<IReviewCycleGrain>(cycleId);
        var cycleTasks = await cycle.TasksFor(personId);
        var actions = await grains.GetGrain<IActionPlanGrain>(cycleId).OwnedBy(personId);
        if (cycleTasks.Count == 0 && actions.Count == 0)
        {
            return [];
        }

        var summary = await cycle.Summary();
        return cycleTasks
            .Select(t => new NextTask(t.Kind, tenant.Id, tenant.Slug, cycleId, summary.Urn, t.Stage, t.Due, t.Overdue, null, null))
            .Concat(actions.Select(a => new NextTask(
                "update-action", tenant.Id, tenant.Slug, cycleId, summary.Urn, summary.Stage, a.DueOn, OverdueOf(a, today), a.ActionId, a.Title)));
    }

    private static OverdueState? OverdueOf(OwnedAction action, DateOnly today) =>
        action.DueOn is not { } due || due >= today ? null
        : action.Status == ActionStatus.NotStarted ? OverdueState.NotStarted
        : OverdueState.Started;
}

/// <summary>The signed-in person's outstanding tasks, most urgent first.</summary>
public sealed record WhatsNextView(IReadOnlyList<NextTask> Items);

/// <summary>
/// One thing to do: its kind (e.g. <c>submit-self-review</c>, <c>update-action</c>), where (tenant, cycle,
/// school), when it is due and whether it is overdue — not started or started but unfinished.
/// </summary>
public sealed record NextTask(
    string Kind,
    Guid TenantId,
    string TenantSlug,
    Guid CycleId,
    int Urn,
    CycleStage Stage,
    DateOnly? Due,
    OverdueState? Overdue,
    Guid? ActionId,
    string? ActionTitle);
