using System.Net;
using Spp.AllInOne.Tests.Support;
using Spp.Gateway.Tests.Support;
using Spp.Testing;

namespace Spp.AllInOne.Tests.Functional;

/// <summary>Starts that matter: <c>--demo</c>, and a second start on the same data folder.</summary>
public sealed class DemoAndRestartTests : IDisposable
{
    private const string DemoTenantId = "0193c6a0-0000-7000-8000-00000000de70";

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Demo_creates_the_demo_tenant_and_starting_again_with_demo_keeps_it()
    {
        await using (var first = await AllInOneProcess.StartAsync(_data.Path, demo: true))
        {
            using var response = await first.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{DemoTenantId}", first.NationalTeam);
            var demo = await Tenant.ReadAsync(response, HttpStatusCode.OK);
            Assert.Equal(("demo", "Demo Delivery Partner", "Active"), (demo.Slug, demo.Name, demo.Status));
            await Reports.WaitForAsync(first, "demo", "Active");
            Assert.Equal(0, await first.StopAsync());
        }

        await using var second = await AllInOneProcess.StartAsync(_data.Path, demo: true);
        using var again = await second.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{DemoTenantId}", second.NationalTeam);

        Assert.Equal("demo", (await Tenant.ReadAsync(again, HttpStatusCode.OK)).Slug);
        Assert.Single(await Reports.TenantsAsync(second), t => t.Slug == "demo");
    }

    [Fact]
    public async Task A_fresh_platform_reports_no_tenants_and_tenants_and_reports_survive_a_restart_on_the_same_data_folder_and_port()
    {
        var port = FreePort.Next();
        Tenant renamed;
        await using (var first = await AllInOneProcess.StartAsync(_data.Path, port: port))
        {
            Assert.Empty(await Reports.TenantsAsync(first));
            var tenant = await first.CreateTenantAsync(Tenant.NewSlug(), "Before Restart");
            using var rename = await first.SendAsync(HttpMethod.Patch, $"api/v1/platform/tenants/{tenant.Id}", first.NationalTeam, new { name = "Renamed Before Restart" }, ifMatch: tenant.ETag);
            renamed = await Tenant.ReadAsync(rename, HttpStatusCode.OK);
            await Reports.WaitForAsync(first, tenant.Slug, "Active", "Renamed Before Restart");
            Assert.Equal(0, await first.StopAsync());
        }

        await using var second = await AllInOneProcess.StartAsync(_data.Path, port: port);
        using var byId = await second.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{renamed.Id}", second.NationalTeam);
        using var underTenant = await second.SendAsync(HttpMethod.Get, $"t/{renamed.Slug}/api/v1/platform/tenants/{renamed.Id}");

        Assert.Equal(renamed, await Tenant.ReadAsync(byId, HttpStatusCode.OK));

        // The gateway still resolves the tenant: the request reaches the service, which wants a person.
        await Problems.AssertProblemAsync(underTenant, HttpStatusCode.Unauthorized);
        var reported = Assert.Single(await Reports.TenantsAsync(second));
        Assert.Equal((renamed.Slug, "Renamed Before Restart"), (reported.Slug, reported.Name));
    }

    [Fact]
    public async Task A_tenant_created_with_the_admin_command_on_the_data_folder_reaches_the_reports_once_the_platform_runs()
    {
        using (var admin = ChildProcess.StartDotnet(
            RepositoryPaths.BuiltAssembly("Spp.Improvement"),
            new Dictionary<string, string?>
            {
                ["ConnectionStrings__Improvement"] = $"Data Source={Path.Combine(_data.Path, "improvement.db")}",
                ["ConnectionStrings__RabbitMq"] = null,
            },
            ["admin", "tenant", "create", "--slug", "from-admin", "--name", "From Admin"]))
        {
            Assert.True(await admin.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, admin.Output);
        }

        await using var platform = await AllInOneProcess.StartAsync(_data.Path);

        await Reports.WaitForAsync(platform, "from-admin", "Active", "From Admin");
    }
}
