using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Spp.Grains.Hosting.Audit;
using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Storage;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>
/// Runs grain calls. A call takes the grain's turn in this process, brings its state up to date
/// with the store, runs the method, and stores the new state with the raised events in one
/// transaction. If another instance stored a newer version meanwhile, the write is refused and the
/// call re-runs on the fresh state — so no update is lost and every event has its own sequence number.
/// </summary>
public sealed class GrainRuntime(
    GrainDirectory directory,
    IGrainStateStore store,
    OutboxSignal outboxSignal,
    TimeProvider time,
    IOptions<GrainRuntimeOptions> options,
    GrainRuntimeMetrics metrics)
{
    /// <summary>Source of the spans grain calls run in.</summary>
    public static readonly ActivitySource ActivitySource = new(GrainRuntimeMetrics.Name);

    /// <summary>The actor recorded for changes made outside any request (background work, start-up).</summary>
    public const string SystemActor = "system";

    internal async Task<T> InvokeAsync<T>(GrainTypeInfo type, string key, MethodInfo interfaceMethod, object?[]? args)
    {
        var (target, readOnly) = type.Resolve(interfaceMethod);
        using var activity = ActivitySource.StartActivity($"{type.Name}.{interfaceMethod.Name}");
        activity?.SetTag("grain.type", type.Name);
        activity?.SetTag("grain.key", key);
        while (true)
        {
            var activation = directory.GetOrActivate(type, key);
            await activation.Turn.WaitAsync();
            try
            {
                if (!activation.Deactivated)
                {
                    return await RunWithRetriesAsync<T>(activation, target, args, readOnly);
                }
            }
            finally
            {
                activation.LastUsedTicks = time.GetTimestamp();
                activation.Turn.Release();
            }
        }
    }

    /// <summary>
    /// Runs the call on fresh state until its write lands. Conflicts are retried while holding the
    /// turn: queueing again would put the call behind this host's other callers while the other
    /// host keeps winning.
    /// </summary>
    private async Task<T> RunWithRetriesAsync<T>(GrainActivation activation, MethodInfo target, object?[]? args, bool readOnly)
    {
        for (var attempt = 1; ; attempt++)
        {
            await RefreshAsync(activation);
            var (result, outcome) = await RunTurnAsync<T>(activation, target, args, readOnly);
            if (!outcome.Write)
            {
                metrics.Called(activation.Type.Name, write: false);
                return result;
            }

            if (await TryStoreAsync(activation, target.Name, outcome.Events))
            {
                metrics.Called(activation.Type.Name, write: true);
                return result;
            }

            metrics.Conflicted(activation.Type.Name);
            activation.Loaded = false;
            if (attempt >= options.Value.MaxWriteAttempts)
            {
                throw new GrainConcurrencyException(activation.GrainId, attempt);
            }

            // A short random pause, so the two racers do not stay in lock-step.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1 + Math.Min(attempt, 20))), time);
        }
    }

    private static async Task<(T Result, TurnOutcome Outcome)> RunTurnAsync<T>(GrainActivation activation, MethodInfo target, object?[]? args, bool readOnly)
    {
        activation.Instance.BeginTurn(isWrite: !readOnly);
        try
        {
            var task = (Task)target.Invoke(activation.Instance, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null)!;
            await task;
            var result = task is Task<T> typed ? typed.Result : default!;
            return (result, activation.Instance.EndTurn());
        }
        catch
        {
            // The method may have changed state before failing: reload it before the next call.
            activation.Instance.EndTurn();
            activation.Loaded = false;
            throw;
        }
    }

    private async Task RefreshAsync(GrainActivation activation)
    {
        var stored = await store.ReadIfChangedAsync(activation.Type.Name, activation.Key, activation.Loaded ? activation.Version : null, CancellationToken.None);
        if (stored is not null)
        {
            var state = JsonSerializer.Deserialize(stored.StateJson, activation.Type.StateType, GrainJson.Options);
            if (state is IUpgradableState upgradable && stored.SchemaVersion < activation.Type.StateSchemaVersion)
            {
                upgradable.UpgradeFrom(stored.SchemaVersion);
            }

            activation.Instance.Load(state, stored.Version);
            activation.Version = stored.Version;
            activation.LastSequence = stored.LastSequence;
            activation.StoredJson = stored.StateJson;
        }
        else if (!activation.Loaded)
        {
            activation.Instance.Load(null, 0);
            activation.Version = 0;
            activation.LastSequence = 0;
            activation.StoredJson = null;
        }

        activation.Loaded = true;
    }

    private async Task<bool> TryStoreAsync(GrainActivation activation, string operation, IReadOnlyList<object> events)
    {
        var now = time.GetUtcNow();
        var current = Activity.Current;
        var tenantId = activation.Instance.EventTenantId;
        var entries = events.Select((e, i) => new OutboxEntry(
            Guid.CreateVersion7(now),
            OutboxMessageType.NameOf(e.GetType()),
            JsonSerializer.Serialize(e, e.GetType(), GrainJson.Options),
            tenantId,
            activation.LastSequence + i + 1,
            now,
            current?.Id,
            current?.TraceStateString)).ToList();
        var stateJson = JsonSerializer.Serialize(activation.Instance.State, activation.Type.StateType, GrainJson.Options);
        var changes = AuditDiff.Compute(activation.StoredJson, stateJson, RedactedMembers.Of(activation.Type.StateType));
        var write = new GrainWrite(
            activation.Type.Name,
            activation.Key,
            activation.Version,
            activation.Type.StateSchemaVersion,
            stateJson,
            activation.LastSequence + entries.Count,
            entries,
            new AuditRecord(GrainCallContext.Actor ?? SystemActor, operation, tenantId, now, changes));
        if (!await store.TryWriteAsync(write, CancellationToken.None))
        {
            return false;
        }

        activation.Version++;
        activation.LastSequence = write.LastSequence;
        activation.StoredJson = stateJson;
        activation.Instance.Load(activation.Instance.State, activation.Version);
        if (entries.Count > 0)
        {
            outboxSignal.Notify();
        }

        return true;
    }
}
