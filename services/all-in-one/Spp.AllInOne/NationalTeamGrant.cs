using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.AllInOne;

/// <summary>
/// Grants the national team to one e-mail address on start (<c>--national-team &lt;email&gt;</c>), so a
/// local platform has an operator without running the admin command first. Whoever signs in with
/// that address, now or later, joins the national team. Safe to run on every start.
/// </summary>
internal sealed partial class NationalTeamGrant(string email, IGrainFactory grains, ILogger<NationalTeamGrant> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(email)).GrantNationalTeam();
        LogGranted(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The address is personal data: the log says that it happened, not to whom.
    [LoggerMessage(Level = LogLevel.Information, Message = "National team granted to the address given with --national-team")]
    private static partial void LogGranted(ILogger logger);
}
