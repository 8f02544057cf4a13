using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Spp.Gateway;

/// <summary>Loads <c>gateway.settings.json</c> from the application's directory as the lowest-precedence configuration source.</summary>
internal static class GatewayDefaults
{
    public const string FileName = "gateway.settings.json";

    public static void AddTo(IConfigurationBuilder configuration)
    {
        if (configuration.Sources.OfType<JsonConfigurationSource>().Any(s => s.Path == FileName))
        {
            return;
        }

        // First in the list, so the host's appsettings, environment variables and command line all override it.
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = FileName,
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
