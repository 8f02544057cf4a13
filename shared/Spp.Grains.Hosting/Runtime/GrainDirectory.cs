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

    private int count;
    private int collecting;

    /// <summary>How many grains are in memory now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Whether the grain is in memory now.</summary>
    public bool IsActive(string grainType, string key) => activations.ContainsKey($"{grainType}/{key}");

    internal GrainActivation GetOrActivate(GrainTypeInfo type, string key)
    {
        var id = $"{type.Name}/{key}";
        while (true)
        {
            if (activations.TryGetValue(id, out var existing))
            {
                existing.LastUsedTicks = time.GetTimestamp();
                return existing;
            }

            var instance = (IGrainInstance)ActivatorUtilities.CreateInstance(services, type.GrainClass);
            instance.Bind(key);
            var created = new GrainActivation(type, key, instance, time.GetTimestamp());
            if (!activations.TryAdd(id, created))
            {
                continue;
            }

            metrics.Activated(type.Name);
            if (Interlocked.Increment(ref count) > settings.MaxActivations)
            {
                // Down to a low-water mark, so that one scan pays for many activations rather than
                // every activation above the maximum scanning and sorting them all. Never the
                // activation this call is about to use: evicting it would make the caller activate
                // it again and again while all others are busy.
                Collect(keep: created, target: LowWaterMark);
            }

            return created;
        }
    }

    /// <summary>Deactivates idle activations, then the least recently used ones above the maximum.</summary>
    public int Collect() => Collect(keep: null, target: settings.MaxActivations);

    private int LowWaterMark => Math.Max(1, (int)(settings.MaxActivations * 0.9));

    private int Collect(GrainActivation? keep, int target)
    {
        // One collection at a time; callers that find one running go on (the maximum is soft meanwhile).
        if (Interlocked.CompareExchange(ref collecting, 1, 0) != 0)
        {
            return 0;
        }

        try
        {
            var now = time.GetTimestamp();
            var removed = 0;
            foreach (var activation in activations.Values)
            {
                if (activation != keep && time.GetElapsedTime(activation.LastUsedTicks, now) >= settings.IdleTimeout && TryDeactivate(activation))
                {
                    removed++;
                }
            }

            var excess = Count - target;
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
        finally
        {
            Volatile.Write(ref collecting, 0);
        }
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
            if (activations.TryRemove(new KeyValuePair<string, GrainActivation>(activation.GrainId, activation)))
            {
                Interlocked.Decrement(ref count);
                metrics.Deactivated(activation.Type.Name);
            }

            return true;
        }
        finally
        {
            activation.Turn.Release();
        }
    }
}
