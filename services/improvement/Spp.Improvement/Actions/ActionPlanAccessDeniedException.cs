using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>The person may see the plan but their role may not make this change (HTTP 403).</summary>
public sealed class ActionPlanAccessDeniedException(string message) : NotPermittedException(message);
