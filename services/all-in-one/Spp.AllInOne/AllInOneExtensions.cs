using Spp.Gateway;
using Spp.Improvement.People;
using Spp.Improvement;
using Spp.Messaging;
using Spp.Notifications;
using Spp.Reporting;

namespace Spp.AllInOne;

/// <summary>Composes the gateway and every service into one process, sharing one in-memory bus.</summary>
internal static class AllInOneExtensions
{
    public static WebApplicationBuilder AddWholePlatform(this WebApplicationBuilder builder, string[] args)
    {
        builder.AddGatewayServices();
        builder.AddImprovementServices();
        builder.AddNotificationsServices();
        builder.AddReportingServices();
        builder.AddPlatformMessaging(bus =>
        {
            GatewayExtensions.AddGatewayConsumers(bus);
            ImprovementExtensions.AddImprovementConsumers(bus);
            NotificationsExtensions.AddNotificationsConsumers(bus);
            ReportingExtensions.AddReportingConsumers(bus);
        });
        if (AllInOneDefaults.DemoRequested(args))
        {
            builder.Services.AddHostedService<DemoData>();
        }

        if (AllInOneDefaults.NationalTeamEmail(args) is { } email)
        {
            if (EmailAddress.Problem(email) is { } problem)
            {
                throw new ArgumentException($"--national-team {email}: {problem}", nameof(args));
            }

            builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<NationalTeamGrant>(sp, email));
        }

        return builder;
    }

    public static WebApplication MapWholePlatform(this WebApplication app)
    {
        app.MapImprovementEndpoints();
        app.MapNotificationsEndpoints();
        app.MapReportingEndpoints();
        return app;
    }
}
