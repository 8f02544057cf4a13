namespace Spp.Improvement.Actions;

/// <summary>
/// Who is calling the action plan, with what the grains around it say about them. The API builds it
/// (see <see cref="IActionPlanLinks"/>) so that the plan grain never calls the cycle grain, which
/// calls the plan grain when the headteacher agrees the plan: two grains waiting on each other's turn.
/// </summary>
/// <param name="SchoolStaff">The staff of the cycle's school: the people who may own an action.</param>
/// <param name="LedPartnerUrns">The partner schools (not the cycle's own) that the person leads.</param>
public sealed record PlanActor(Guid PersonId, PlanCycle Cycle, PlanRoles Roles, IReadOnlyList<Guid> SchoolStaff, IReadOnlyList<int> LedPartnerUrns);
