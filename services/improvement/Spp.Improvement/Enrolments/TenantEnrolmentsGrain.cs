using Spp.Grains;

namespace Spp.Improvement.Enrolments;

/// <inheritdoc cref="ITenantEnrolmentsGrain"/>
/// <remarks>
/// An index, not a fact of the domain: the enrolment grains raise the events, so this grain raises none.
/// URNs are never removed (an ended enrolment is listed with its status and history).
/// </remarks>
[GrainType("tenant-enrolments")]
public sealed class TenantEnrolmentsGrain : Grain<TenantEnrolmentsState>, ITenantEnrolmentsGrain
{
    public Task Add(int urn)
    {
        var at = State.Urns.BinarySearch(urn);
        if (at >= 0)
        {
            LeaveUnchanged();
            return Task.CompletedTask;
        }

        State.Urns.Insert(~at, urn);
        return Task.CompletedTask;
    }

    public Task<UrnPage> Page(int afterUrn, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var at = State.Urns.BinarySearch(afterUrn);
        var start = at >= 0 ? at + 1 : ~at;
        var count = Math.Min(limit, State.Urns.Count - start);
        return Task.FromResult(new UrnPage(State.Urns.GetRange(start, count), start + count < State.Urns.Count));
    }
}
