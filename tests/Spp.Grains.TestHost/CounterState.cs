namespace Spp.Grains.TestHost;

[GrainState(2)]
public sealed class CounterState : IUpgradableState
{
    public long Value { get; set; }

    public List<Guid> Commands { get; set; } = [];

    /// <summary>Added in schema 2; schema-1 rows load with it derived from <see cref="Value"/>.</summary>
    public string Label { get; set; } = string.Empty;

    public void UpgradeFrom(int storedVersion)
    {
        if (storedVersion < 2)
        {
            Label = $"counter at {Value}";
        }
    }
}
