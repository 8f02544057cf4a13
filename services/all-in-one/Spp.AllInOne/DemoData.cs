using Spp.Grains;
using Spp.Improvement.Invitations;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;

namespace Spp.AllInOne;

/// <summary>
/// Seeds a demo when the platform is started with <c>--demo</c> (never otherwise): a tenant, a
/// national-team address and an invitation making another address the tenant's admin, both
/// taking effect when someone signs in with them (the development issuer, <c>--dev-sign-in</c>).
/// Safe to run on every start: every step is idempotent.
/// </summary>
internal sealed partial class DemoData(IGrainFactory grains, ILogger<DemoData> logger) : IHostedService
{
    /// <summary>Fixed, so that seeding again finds the same tenant.</summary>
    public static readonly Guid DemoTenantId = Guid.Parse("0193c6a0-0000-7000-8000-00000000de70");

    /// <summary>Signing in with this address makes one a member of the national team.</summary>
    public const string NationalTeamEmail = "national.team@demo.example";

    /// <summary>Signing in with this address accepts the invitation to administer the demo tenant.</summary>
    public const string TenantAdminEmail = "admin@demo.example";

    // Fixed, so that sending it again is the same invitation; the demo itself is its sender.
    private static readonly Guid AdminInvitationId = Guid.Parse("0193c6a0-0000-7000-8000-00000000de71");
    private static readonly Guid DemoSender = Guid.Parse("0193c6a0-0000-7000-8000-00000000de72");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = await grains.GetGrain<ITenantGrain>(DemoTenantId).Create("demo", "Demo Delivery Partner");
        await grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(NationalTeamEmail)).GrantNationalTeam();
        await grains.GetGrain<IInvitationGrain>(AdminInvitationId).Send(TenantAdminEmail, RoleGrant.TenantAdminOf(DemoTenantId), DemoSender);
        LogSeeded(logger, tenant.Slug, NationalTeamEmail, TenantAdminEmail);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready: tenant '{Slug}' at /t/{Slug}/; sign in as {NationalTeam} (national team) or {TenantAdmin} (its admin)")]
    private static partial void LogSeeded(ILogger logger, string slug, string nationalTeam, string tenantAdmin);
}
