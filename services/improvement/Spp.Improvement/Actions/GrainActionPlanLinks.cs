using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Policies;

namespace Spp.Improvement.Actions;

/// <inheritdoc cref="IActionPlanLinks"/>
internal sealed class GrainActionPlanLinks(IGrainFactory grains, TimeProvider time) : IActionPlanLinks
{
    public async Task<PlanActor> ActorAsync(Guid cycleId, Guid tenantId, Guid personId, IReadOnlyList<int> schoolUrns)
    {
        var cycle = grains.GetGrain<IReviewCycleGrain>(cycleId);
        var summary = await cycle.Summary();
        if (summary.TenantId != tenantId)
        {
            throw new GrainNotFoundException("The review cycle");
        }

        var participation = await cycle.ParticipationOf(personId);
        var school = await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, summary.Urn)).Get();
        var partnership = await grains.GetGrain<IPartnershipGrain>(summary.PartnershipId).Get();
        var led = new List<int>();
        foreach (var urn in schoolUrns.Where(u => u != summary.Urn && partnership.SchoolUrns.Contains(u)))
        {
            if (await LeadsAsync(tenantId, urn, personId))
            {
                led.Add(urn);
            }
        }

        var roles = new PlanRoles(
            participation.IsHeadteacher,
            participation.IsSchoolLeader,
            participation.IsChampion,
            participation.IsFacilitator,
            participation.SeesFindings);
        var today = LondonCalendar.Today(time);
        var terms = await grains.GetGrain<ITenantPolicyGrain>(tenantId).Terms();
        var term = terms.Terms.FirstOrDefault(t => t.Starts <= today && today <= t.Ends);
        var planCycle = new PlanCycle(cycleId, tenantId, summary.Urn, partnership.SchoolUrns, summary.Stage, summary.IsPaused, term);
        return new PlanActor(personId, planCycle, roles, [.. school.Staff.Select(s => s.PersonId)], led);
    }

    public async Task NoteOwnerAsync(Guid tenantId, Guid cycleId, Guid ownerId)
    {
        try
        {
            await grains.GetGrain<IPersonGrain>(ownerId).NoteCycle(tenantId, cycleId);
        }
        catch (GrainNotFoundException)
        {
            // Owners come from the school's staff, who are people of the platform; one that is not
            // (erased since) has no "what's next" to update, and the action stays as stored.
        }
    }

    private async Task<bool> LeadsAsync(Guid tenantId, int urn, Guid personId)
    {
        try
        {
            var enrolment = await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn)).Get();
            return enrolment.Status == EnrolmentStatus.Active && enrolment.Leaders.Contains(personId);
        }
        catch (GrainNotFoundException)
        {
            return false;
        }
    }
}
