using System.Globalization;

namespace Spp.Testing;

/// <summary>Debian's PostgreSQL cluster tools (pg_createcluster, pg_ctlcluster, pg_dropcluster), as tests/run uses them.</summary>
internal static class PostgresCluster
{
    private static readonly Lazy<string?> InstalledVersion = new(FindVersion);

    /// <summary>The PostgreSQL major version to use: 15 when installed, else the newest installed.</summary>
    public static string Version => InstalledVersion.Value ?? throw new InvalidOperationException("PostgreSQL is not installed.");

    /// <summary>Why private clusters cannot be created here, or null when they can.</summary>
    public static string? UnavailableReason() =>
        !File.Exists("/usr/bin/pg_createcluster") || InstalledVersion.Value is null
            ? "PostgreSQL is not installed (apt-get install postgresql)"
            : !Environment.IsPrivilegedProcess
                ? "A private PostgreSQL cluster needs root (pg_createcluster writes /etc/postgresql)"
                : null;

    public static async Task CreateAsync(string name, int port, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await RunAsync("pg_createcluster", [Version, name, "--quiet", "--port", port.ToString(CultureInfo.InvariantCulture),
            "--datadir", Path.Combine(directory, "data"), "--logfile", LogFile(directory), "--start-conf", "manual",
            "--", "--auth=trust", "--encoding=UTF8", "--no-sync"], cancellationToken);

        // Loopback only; fsync off: test data need not survive a power cut, and PostgreSQL
        // recovers from process crashes (what tests do to it) without fsync.
        await File.WriteAllLinesAsync(
            $"/etc/postgresql/{Version}/{name}/conf.d/spp-test.conf",
            ["listen_addresses = '127.0.0.1'", "fsync = off", "full_page_writes = off", "max_connections = 200"],
            cancellationToken);
    }

    public static Task StartAsync(string name, CancellationToken cancellationToken) =>
        RunAsync("pg_ctlcluster", ["--skip-systemctl-redirect", Version, name, "start"], cancellationToken);

    public static Task StopAsync(string name, PostgresStopMode mode, CancellationToken cancellationToken) =>
        RunAsync("pg_ctlcluster", ["--skip-systemctl-redirect", "--mode", mode.ToString().ToLowerInvariant(), Version, name, "stop"], cancellationToken);

    /// <summary>Stops (when running) and removes the cluster, its configuration and data.</summary>
    public static async Task DropAsync(string name, CancellationToken cancellationToken)
    {
        var configuration = $"/etc/postgresql/{Version}/{name}";
        var result = await Command.RunAsync("pg_dropcluster", ["--stop", Version, name], cancellationToken: cancellationToken);
        if (!result.Succeeded && File.Exists(Path.Combine(configuration, "postgresql.conf")))
        {
            result.EnsureSuccess();
        }

        // pg_dropcluster leaves the folder when it holds files it did not create (our conf.d file).
        if (Directory.Exists(configuration))
        {
            Directory.Delete(configuration, recursive: true);
        }
    }

    public static string LogFile(string directory) => Path.Combine(directory, "postgresql.log");

    private static async Task RunAsync(string command, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        (await Command.RunAsync(command, arguments, cancellationToken: cancellationToken)).EnsureSuccess();

    private static string? FindVersion()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        var versions = Directory.GetDirectories(root)
            .Select(Path.GetFileName)
            .Where(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(v => v!)
            .OrderBy(v => int.Parse(v, CultureInfo.InvariantCulture))
            .ToList();
        return versions.Contains("15") ? "15" : versions.LastOrDefault();
    }
}
