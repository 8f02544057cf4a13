using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Grains.Hosting.Audit;
using Spp.Improvement.Retention;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Privacy;

/// <summary>
/// Erasure reaches the audit trail: a person's e-mail and name, recorded in audit values by their
/// invitation and registration, are gone from it once the national team erases them.
/// </summary>
public abstract class ErasureAuditContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private ImprovementHost Host => service.Host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_erased_persons_email_and_name_leave_the_audit_trail_of_their_tenant_and_the_platform()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var email = $"robin.{suffix}@school.example";
        var name = $"Robin Hartley-{suffix}";
        var tenantId = await CreateTenantAsync();
        var admin = Host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [PlatformRoles.TenantAdmin]);

        // Invited with the address as a person might type it (stored normalised); registered as the identity provider sends it.
        using var invite = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", admin, new { email = email.ToUpperInvariant(), role = "Facilitator" });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        using var signIn = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("https://id.example", "s-" + suffix, email, name));
        var personId = (await TenantResponses.ReadAsync<SignInResolution>(signIn))!.PersonId;
        var before = await AuditTextAsync(tenantId) + await AuditTextAsync(null);
        Assert.Contains(email, before, StringComparison.Ordinal);
        Assert.Contains(name, before, StringComparison.Ordinal);

        var national = Host.NationalTeam(Guid.NewGuid().ToString());
        using var export = await Host.SendAsync(HttpMethod.Get, $"api/v1/platform/people/{personId}/export", national);
        using var erased = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/people/{personId}/erase", national, ifMatch: export.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var after = await AuditTextAsync(tenantId) + await AuditTextAsync(null);
        Assert.DoesNotContain(email, after, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(name, after, StringComparison.Ordinal);
        Assert.Contains(ErasedPersonAuditScrub.Replacement, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_erase_refused_for_a_stale_version_leaves_the_audit_trail_as_it_was()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var email = $"sam.{suffix}@school.example";
        using var signIn = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("https://id.example", "s-" + suffix, email, $"Sam Okafor-{suffix}"));
        var personId = (await TenantResponses.ReadAsync<SignInResolution>(signIn))!.PersonId;

        using var stale = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/people/{personId}/erase", Host.NationalTeam(Guid.NewGuid().ToString()), ifMatch: "\"999\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains(email, await AuditTextAsync(null), StringComparison.Ordinal);
    }

    private async Task<string> AuditTextAsync(Guid? tenantId)
    {
        var trail = Host.App.Services.GetRequiredService<IAuditTrail>();
        var entries = new List<AuditEntry>();
        for (var after = 0L; ;)
        {
            var page = await trail.ReadAsync(tenantId, null, null, after, 1000, Ct);
            if (page.Count == 0)
            {
                return JsonSerializer.Serialize(entries);
            }

            entries.AddRange(page);
            after = page[^1].Position;
        }
    }

    private async Task<Guid> CreateTenantAsync()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", Host.NationalTeam(), new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Acme Learning Trust" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await TenantResponses.ReadAsync<JsonElement>(response)).GetProperty("id").GetGuid();
    }
}

/// <summary>Erasure reaching the audit trail on the SQLite store.</summary>
public sealed class ErasureAuditOnSqlite(SqliteImprovementService service) : ErasureAuditContract<SqliteImprovementService>(service);

/// <summary>Erasure reaching the audit trail on the PostgreSQL store.</summary>
public sealed class ErasureAuditOnPostgres(PostgresImprovementService service) : ErasureAuditContract<PostgresImprovementService>(service);
