using System.Net;
using Spp.Contracts.Identity;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.People;

/// <summary><c>Spp.Improvement admin person grant-national-team &lt;email&gt;</c>, run as operators run it, then a sign-in with that address.</summary>
public sealed class NationalTeamGrantCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("improvement-national-team");

    private Dictionary<string, string?> Settings => new() { ["ConnectionStrings__Improvement"] = _folder.Sqlite() };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_grant_recorded_before_anyone_signs_in_makes_the_first_sign_in_with_that_address_national_team()
    {
        var recorded = await ImprovementProcess.RunAsync(Settings, "admin", "person", "grant-national-team", "Lead@Programme.example");
        Assert.True(recorded.ExitCode == 0, recorded.ToString());
        Assert.Contains("\"appliedNow\": false", recorded.StandardOutput, StringComparison.Ordinal);

        await using var host = await ImprovementHost.StartAsync(_folder.Sqlite());
        using var response = await host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, host.Service(), new SignInRequest("https://id.example", "lead", "lead@programme.example", "Lead"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resolution = await TenantResponses.ReadAsync<SignInResolution>(response);
        Assert.Equal([PlatformRoles.NationalTeam], resolution!.PlatformRoles);
    }

    [Fact]
    public async Task An_invalid_address_exits_2_with_the_problem()
    {
        var result = await ImprovementProcess.RunAsync(Settings, "admin", "person", "grant-national-team", "not-an-address");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<email>", result.StandardError, StringComparison.Ordinal);
    }
}
