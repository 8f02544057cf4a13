using System.Net;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>
/// Who may reach the people, invitation, member and host routes at all: nobody without a token, and
/// nobody whose token is for the wrong place (a tenant route outside a tenant, a platform route
/// without the national team, a host route as another host's admin).
/// </summary>
public sealed class PeopleRoutesAuthorizationTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private static readonly Guid Id = Guid.NewGuid();

    private ImprovementHost Host => service.Host;

    public static TheoryData<string, string> TenantRoutes() => new()
    {
        { "GET", "api/v1/invitations" },
        { "POST", "api/v1/invitations" },
        { "GET", $"api/v1/invitations/{Id}" },
        { "POST", $"api/v1/invitations/{Id}/revoke" },
        { "GET", "api/v1/members" },
        { "GET", $"api/v1/members/{Id}" },
        { "PUT", $"api/v1/members/{Id}/roles" },
        { "DELETE", $"api/v1/members/{Id}" },
    };

    public static TheoryData<string, string> PlatformRoutes() => new()
    {
        { "GET", "api/v1/platform/hosts" },
        { "POST", "api/v1/platform/hosts" },
        { "GET", $"api/v1/platform/hosts/{Id}" },
        { "PATCH", $"api/v1/platform/hosts/{Id}" },
        { "POST", $"api/v1/platform/hosts/{Id}/invitations" },
        { "GET", $"api/v1/platform/people/{Id}/export" },
        { "POST", $"api/v1/platform/people/{Id}/erase" },
    };

    public static TheoryData<string, string> HostRoutes() => new()
    {
        { "GET", $"api/v1/hosts/{Id}" },
        { "GET", $"api/v1/hosts/{Id}/tenants" },
        { "POST", $"api/v1/hosts/{Id}/tenants" },
        { "POST", $"api/v1/hosts/{Id}/tenants/{Guid.NewGuid()}/suspend" },
        { "POST", $"api/v1/hosts/{Id}/tenants/{Guid.NewGuid()}/reinstate" },
        { "POST", $"api/v1/hosts/{Id}/invitations" },
    };

    public static TheoryData<string, string> AllRoutes()
    {
        var all = new TheoryData<string, string> { { "POST", SignInRoutes.Resolve }, { "GET", "api/v1/me" } };
        foreach (var set in new[] { TenantRoutes(), PlatformRoutes(), HostRoutes() })
        {
            foreach (var row in set)
            {
                all.Add(row.Data.Item1, row.Data.Item2);
            }
        }

        return all;
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, string? token) =>
        Host.SendAsync(new HttpMethod(method), path, token, method is "GET" or "DELETE" ? null : new { email = "refused@school.example", name = "Refused", kind = "Trust", reason = "Refused" }, ifMatch: "\"1\"");

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task No_token_is_401(string method, string path)
    {
        using var response = await SendAsync(method, path, token: null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TenantRoutes))]
    public async Task A_tenant_route_outside_any_tenant_is_403(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.TenantAdmin]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TenantRoutes))]
    public async Task A_member_who_is_not_a_tenant_admin_is_403(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.Issue(Guid.NewGuid().ToString(), Guid.NewGuid(), [PlatformRoles.Facilitator, PlatformRoles.SchoolMember(100001)]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(PlatformRoutes))]
    public async Task A_platform_route_without_the_national_team_is_403(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.HostAdminOf(Id)]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(HostRoutes))]
    public async Task A_host_route_as_another_hosts_admin_is_403(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.HostAdminOf(Guid.NewGuid())]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
