using Microsoft.Extensions.DependencyInjection.Extensions;
using Spp.Grains.Hosting;

namespace Spp.Improvement.Actions;

/// <summary>Registers action plans: the grain and how the API reaches the grains around it.</summary>
public static class ActionPlansRegistration
{
    public static IServiceCollection AddActionPlans(this IServiceCollection services)
    {
        services.AddGrain<IActionPlanGrain, ActionPlanGrain>();
        services.TryAddSingleton<IActionPlanLinks, GrainActionPlanLinks>();
        return services;
    }
}
