namespace Spp.Improvement.Actions;

/// <summary>A rule the plan does not meet yet, e.g. <c>action-incomplete</c> for one action.</summary>
public sealed record PlanProblem(string Rule, string Message, Guid? ItemId = null);
