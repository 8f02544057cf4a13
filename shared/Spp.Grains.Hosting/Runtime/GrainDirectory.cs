using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>
/// The activations in this process, at most one per grain. Idle ones leave memory after
/// <see cref="GrainRuntimeOptions.IdleTimeout"/>, and the least recently used go first when there
/// are more than <see cref="GrainRuntimeOptions.MaxActivations"/>.
/// </summary>
public sealed class GrainDirectory(IServiceProvider services, TimeProvider time, IOptions<GrainRuntimeOptions> options, GrainRuntimeMetrics metrics)
{
    private readonly ConcurrentDictionary<string, GrainActivation> activations = new(StringComparer.Ordinal);
    private readonly GrainRuntimeOptions settings = options.Value;

    /// <summary>How many grains are in memory now.</summary>
    public int Count => activations.Count;

    /// <summary>Whether the grain is in memory now.</summary>
    public bool IsActive(string grainType, string key) => activations.ContainsKey($"{grainType}/{key}");

    internal GrainActivation GetOrActivate(GrainTypeInfo type, string key)
    {
        var id = $"{type.Name}/{key}";
        if (activations.TryGetValue(id, out var existing))
        {
            existing.LastUsedTicks = time.GetTimestamp();
            return existing;
        }

        var created = activations.GetOrAdd(id, _ =>
        {
            var instance = (IGrainInstance)ActivatorUtilities.CreateInstance(services, type.GrainClass);
            instance.Bind(key);
            metrics.Activated(type.Name);
            return new GrainActivation(type, key, instance, time.GetTimestamp());
        });
        if (activations.Count > settings.MaxActivations)
        {
            // Never the activation this call is about to use: it is not idle, and evicting it would
            // make the caller activate it again and again (a busy loop) while all others are busy.
            Collect(keep: created);
        }

        return created;
    }

    /// <summary>Deactivates idle activations, then the least recently used ones above the maximum.</summary>
    public int Collect() => Collect(keep: null);

    private int Collect(GrainActivation? keep)
    {
        var now = time.GetTimestamp();
        var removed = 0;
        foreach (var activation in activations.Values)
        {
            if (time.GetElapsedTime(activation.LastUsedTicks, now) >= settings.IdleTimeout && TryDeactivate(activation))
            {
                removed++;
            }
        }

        var excess = activations.Count - settings.MaxActivations;
        if (excess > 0)
        {
            foreach (var activation in activations.Values.OrderBy(a => a.LastUsedTicks).ToList())
            {
                if (excess <= 0)
                {
                    break;
                }

                if (activation != keep && TryDeactivate(activation))
                {
                    removed++;
                    excess--;
                }
            }
        }

        return removed;
    }

    private bool TryDeactivate(GrainActivation activation)
    {
        // A grain in the middle of a turn is not idle: skip it rather than wait.
        if (!activation.Turn.Wait(0))
        {
            return false;
        }

        try
        {
            activation.Deactivated = true;
            activations.TryRemove(new KeyValuePair<string, GrainActivation>(activation.GrainId, activation));
            metrics.Deactivated(activation.Type.Name);
            return true;
        }
        finally
        {
            activation.Turn.Release();
        }
    }
}
