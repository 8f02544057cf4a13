using System.Net;
using Spp.AllInOne.Tests.Support;
using Spp.Gateway.Tests.Support;

namespace Spp.AllInOne.Tests.Functional;

/// <summary>
/// Tenant membership at the gateway with real people: the demo's tenant admin (an invitation accepted
/// at first sign-in through the development issuer) against the national team and anonymous callers.
/// </summary>
public sealed class MembershipThroughTheGatewayTests : IDisposable
{
    private const string DemoTenantId = "0193c6a0-0000-7000-8000-00000000de70";
    private const string MembersPath = "/t/demo/api/v1/members";

    /// <summary>Gateway:SignIn:CacheDuration and Gateway:TenantDirectory:CacheDuration by default.</summary>
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_member_enters_the_tenant_others_are_404_and_after_suspension_the_member_is_403_tenant_suspended()
    {
        await using var platform = await AllInOneProcess.StartAsync(_data.Path, demo: true);
        var admin = await platform.SignInAsync("admin@demo.example", "Demo Admin");

        using (var member = await platform.SendAsync(HttpMethod.Get, MembersPath, admin))
        using (var nationalTeam = await platform.SendAsync(HttpMethod.Get, MembersPath, platform.NationalTeam))
        using (var stranger = await platform.SendAsync(HttpMethod.Get, MembersPath, await platform.SignInAsync("stranger@school.test", "Stranger")))
        {
            Assert.True(member.StatusCode == HttpStatusCode.OK, $"{(int)member.StatusCode} {await member.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            await Problems.AssertProblemAsync(nationalTeam, HttpStatusCode.NotFound);
            await Problems.AssertProblemAsync(stranger, HttpStatusCode.NotFound);
        }

        using (var read = await platform.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{DemoTenantId}", platform.NationalTeam))
        {
            var demo = await Tenant.ReadAsync(read, HttpStatusCode.OK);
            using var suspend = await platform.SendAsync(HttpMethod.Post, $"api/v1/platform/tenants/{DemoTenantId}/suspend", platform.NationalTeam, new { reason = "Demo over" }, ifMatch: demo.ETag);
            Assert.Equal("Suspended", (await Tenant.ReadAsync(suspend, HttpStatusCode.OK)).Status);
        }

        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await platform.SendAsync(HttpMethod.Get, MembersPath, admin);
                return (response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode}");
            },
            CacheDuration,
            "refusing the suspended tenant to its member");
        using var suspended = await platform.SendAsync(HttpMethod.Get, MembersPath, admin);
        using var anonymous = await platform.SendAsync(HttpMethod.Get, MembersPath);
        using var notAMember = await platform.SendAsync(HttpMethod.Get, MembersPath, platform.NationalTeam);

        var problem = await Problems.AssertProblemAsync(suspended, HttpStatusCode.Forbidden);
        Assert.Equal("https://spp-platform.org/problems/tenant-suspended", problem.GetProperty("type").GetString());
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(notAMember, HttpStatusCode.NotFound);
    }
}
