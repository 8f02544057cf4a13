using System.Text.Json;
using Spp.Grains;
using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Actions;
using Spp.Improvement.Seeding;
using Spp.Improvement.Tenants;
using Spp.Messaging;

namespace Spp.Improvement.Admin;

/// <summary>
/// Operator commands run against the service's own database and broker:
/// <c>admin tenant create --slug s --name n</c>, <c>admin tenant rename --id g --name n [--if-match e]</c>,
/// <c>admin tenant suspend --id g --reason r [--if-match e]</c>, <c>admin tenant reinstate --id g [--if-match e]</c>,
/// <c>admin tenant show --id g</c>, <c>admin person grant-national-team email</c> (so that the first
/// national team member can exist), and <c>admin seed [--scale x] [--seed n]</c> (a synthetic dataset). Changes go through the grains, so their events reach the outbox as
/// any other change does. Without <c>--if-match</c>, the command applies to the version it has just read.
/// </summary>
internal static class AdminCommand
{
    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static bool IsAdmin(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = AdminArguments.Parse(args.Skip(1).ToArray());
        if (options.Error is not null)
        {
            await Console.Error.WriteLineAsync(options.Error + Environment.NewLine + AdminArguments.Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(options.HostArgs);

        // Without a broker the bus is this process's own in-memory one, where no one listens:
        // publishing there would mark the events dispatched and lose them. They stay in the outbox
        // for the service that owns this database (the all-in-one) to publish.
        var hasBroker = !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("RabbitMq"));
        if (!hasBroker)
        {
            builder.Services.PostConfigure<OutboxDispatcherOptions>(o => o.Enabled = false);
            builder.Configuration["Messaging:Transport"] = "InMemory";
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var result = options.Verb == AdminArguments.Seed
                ? await SeedAsync(host.Services, options)
                : await ExecuteAsync(host.Services.GetRequiredService<IGrainFactory>(), options);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, Output));
            if (hasBroker)
            {
                await DrainOutboxAsync(host.Services);
            }

            return 0;
        }
        catch (Exception ex) when (ex is RuleViolationException or InvalidTransitionException or ETagMismatchException or GrainNotFoundException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<object> ExecuteAsync(IGrainFactory grains, AdminArguments a)
    {
        if (a.Verb == AdminArguments.GrantNationalTeam)
        {
            return await NationalTeamGrant.RecordAsync(grains, a.Get("email"));
        }

        if (a.Verb == "create")
        {
            return await grains.GetGrain<ITenantGrain>(a.Id ?? Guid.CreateVersion7()).Create(a.Get("slug"), a.Get("name"));
        }

        var tenant = grains.GetGrain<ITenantGrain>(a.Id ?? throw new ArgumentException("--id is required"));
        var ifMatch = a.Values.GetValueOrDefault("if-match") ?? (await tenant.Get()).ETag;
        return a.Verb switch
        {
            "show" => await tenant.Get(),
            "rename" => await tenant.Rename(a.Get("name"), ifMatch),
            "suspend" => await tenant.Suspend(a.Get("reason"), ifMatch),
            "reinstate" => await tenant.Reinstate(ifMatch),
            _ => throw new ArgumentException($"Unknown command '{a.Verb}'."),
        };
    }

    /// <summary>Seeds the synthetic dataset through the grains; progress goes to standard error, the summary to standard output.</summary>
    private static async Task<object> SeedAsync(IServiceProvider services, AdminArguments a)
    {
        var seeder = new NationalSeeder(
            services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<IActionPlanLinks>(),
            services.GetRequiredService<TimeProvider>(),
            Console.Error);
        return await seeder.RunAsync(a.SeedOptions(), CancellationToken.None);
    }

    /// <summary>Gives the dispatcher a moment to publish what the command wrote; what it cannot publish, a running instance will.</summary>
    private static async Task DrainOutboxAsync(IServiceProvider services)
    {
        var outbox = services.GetRequiredService<IOutboxStore>();
        services.GetRequiredService<OutboxSignal>().Notify();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && await outbox.CountPendingAsync(CancellationToken.None) > 0)
        {
            await Task.Delay(100);
        }
    }
}
