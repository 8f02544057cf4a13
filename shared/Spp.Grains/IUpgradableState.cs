namespace Spp.Grains;

/// <summary>A state record that can bring data stored by an older schema version up to date after loading.</summary>
public interface IUpgradableState
{
    /// <summary>Called after loading state stored with <paramref name="storedVersion"/> lower than the current one.</summary>
    void UpgradeFrom(int storedVersion);
}
