using System.Security.Cryptography;

namespace Spp.AllInOne;

/// <summary>
/// Settings that make one process a whole platform: SQLite files in a data folder, every gateway
/// cluster served in process, a per-run internal-token key. They sit beneath every other source,
/// so environment variables and the command line still override them.
/// </summary>
internal static class AllInOneDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static void AddTo(IConfigurationBuilder configuration, string[] args)
    {
        var dataFolder = Path.GetFullPath(Option(args, "--data-dir") ?? ".data");
        var port = Option(args, "--port");
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = $"Data Source={Path.Combine(dataFolder, "improvement.db")}",
            ["ConnectionStrings:Notifications"] = $"Data Source={Path.Combine(dataFolder, "notifications.db")}",
            ["ConnectionStrings:Reporting"] = $"Data Source={Path.Combine(dataFolder, "reporting.db")}",
            // Tokens are minted and checked inside this process only, so a fresh key each start is enough.
            ["Messaging:Transport"] = "InMemory",
            ["InternalToken:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = "inproc://improvement",
            ["ReverseProxy:Clusters:reporting:Destinations:d1:Address"] = "inproc://reporting",
            ["ReverseProxy:Clusters:notifications:Destinations:d1:Address"] = "inproc://notifications",
            ["urls"] = port is null ? DefaultUrl : $"http://127.0.0.1:{port}",
        };
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = defaults });
    }

    /// <summary>Whether demo data was asked for (<c>--demo</c>).</summary>
    public static bool DemoRequested(string[] args) => args.Contains("--demo");

    /// <summary>The address to grant the national team on start (<c>--national-team &lt;email&gt;</c>), if given.</summary>
    public static string? NationalTeamEmail(string[] args) => Option(args, "--national-team");

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
