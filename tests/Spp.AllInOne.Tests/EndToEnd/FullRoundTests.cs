using Spp.AllInOne.Tests.EndToEnd.Support;
using Spp.AllInOne.Tests.Support;

namespace Spp.AllInOne.Tests.EndToEnd;

/// <summary>
/// A whole round for a four-school partnership through the gateway of the all-in-one: from the
/// national team creating the host to four review cycles closed, each rule shown both ways.
/// </summary>
public sealed class FullRoundTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_four_school_partnership_walks_a_round_from_onboarding_to_four_closed_cycles_with_every_rule_both_ways()
    {
        await using var platform = await AllInOneProcess.StartAsync(_data.Path);
        var api = new GatewayApi(platform);
        var scenario = new RoundScenario(api, CanaryText.None);

        await scenario.OnboardAsync();
        await scenario.ImportRegisterAsync();
        await scenario.EnrolAndInviteAsync();
        await scenario.FormPartnershipAsync();
        await scenario.StartRoundAsync();
        var first = true;
        foreach (var urn in RoundScenario.Urns)
        {
            var walk = await scenario.CycleAsync(urn);
            if (first)
            {
                await ConcurrentEdit.ShowOneWinsAndNothingIsLostAsync(api, walk);
            }

            await scenario.WalkToClosedAsync(walk, showRules: first);
            first = false;
        }

        Assert.Empty(api.Rules.OneWayOnly());
        Assert.True(api.Rules.Rules.Count >= 20, $"Only {api.Rules.Rules.Count} rules were shown: {string.Join(", ", api.Rules.Rules)}");
    }
}
