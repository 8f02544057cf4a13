using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Spp.Testing;

/// <summary>
/// One RabbitMQ node with all of its state in one folder: data, logs, config and the Erlang
/// cookie (HOME points there, so the server and rabbitmqctl share it). Debian's wrappers in
/// /usr/sbin would switch to the rabbitmq user and its cookie, so the scripts are run directly.
/// </summary>
internal sealed class RabbitMqNode(string directory, string nodeName, int amqpPort, int distributionPort)
{
    private const string Scripts = "/usr/lib/rabbitmq/bin";

    public string PidFile => Path.Combine(directory, "rabbit.pid");

    private string LogDirectory => Path.Combine(directory, "log");

    /// <summary>Why nodes cannot be started here, or null when they can.</summary>
    public static string? UnavailableReason() =>
        File.Exists(Path.Combine(Scripts, "rabbitmq-server")) ? null : "RabbitMQ is not installed (apt-get install rabbitmq-server)";

    /// <summary>Kills the node a crashed test process left running in <paramref name="folder"/>.</summary>
    public static void KillLeftover(string folder)
    {
        if (FindServerVm(folder) is { } pid)
        {
            LocalProcess.Kill(pid);
        }
    }

    /// <summary>Whether the node's Erlang VM is running.</summary>
    public bool IsProcessAlive => FindServerVm(directory) is not null;

    /// <summary>Starts the node in the background and waits until it has booted.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Prepare();
        File.Delete(PidFile);
        // Through sh so the daemon's output goes to a file, not to pipes that would never close.
        (await Command.RunAsync(
            "/bin/sh",
            ["-c", "exec \"$0\" -detached </dev/null >>\"$1\" 2>&1", Path.Combine(Scripts, "rabbitmq-server"), Path.Combine(LogDirectory, "startup.log")],
            Environment(),
            directory,
            TimeSpan.FromSeconds(30),
            cancellationToken)).EnsureSuccess();
        await WaitUntilBootedAsync(cancellationToken);
    }

    /// <summary>Stops the node gracefully (rabbitmqctl stop) and waits for its process to exit.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!IsProcessAlive)
        {
            return;
        }

        await CtlAsync(["stop", PidFile], TimeSpan.FromSeconds(60), cancellationToken);
        if (IsProcessAlive)
        {
            Kill();
        }

        await WaitUntilPortClosedAsync(cancellationToken);
    }

    /// <summary>Kills the node's VM with SIGKILL, like a crash.</summary>
    public void Kill() => KillLeftover(directory);

    /// <summary>Waits (up to 10 s) until nothing accepts connections on the AMQP port any more.</summary>
    public async Task WaitUntilPortClosedAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && await AcceptsConnectionsAsync(cancellationToken))
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>The end of the node's logs, for failure messages.</summary>
    public string LogTail()
    {
        var logs = new[] { "startup.log", $"{nodeName}.log" }.Select(name => Path.Combine(LogDirectory, name)).Where(File.Exists);
        return string.Join('\n', logs.Select(log => $"--- {log}\n" + string.Join('\n', File.ReadLines(log).TakeLast(40))));
    }

    // The AMQP listener opens at the end of the boot, so a broker that answers the protocol header
    // with Connection.Start has booted. Polling it is much cheaper than starting rabbitmqctl's VM.
    private async Task WaitUntilBootedAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        while (!await AnswersAmqpAsync(cancellationToken))
        {
            var elapsed = DateTime.UtcNow - started;
            if (elapsed > TimeSpan.FromSeconds(5) && !IsProcessAlive)
            {
                throw new InvalidOperationException($"RabbitMQ node {nodeName} exited while starting:\n{LogTail()}");
            }

            if (elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"RabbitMQ node {nodeName} did not start within 90 s:\n{LogTail()}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task<bool> AnswersAmqpAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, amqpPort, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);
            var frameType = new byte[1];
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await stream.ReadExactlyAsync(frameType, timeout.Token);
            return frameType[0] == 1;
        }
        catch (Exception e) when (e is SocketException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, amqpPort, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // The server's VM: from the pid file, or (before the node wrote it) by its command line, which
    // names the node's HOME folder (so do rabbitmqctl's VMs, but they do not boot rabbit).
    private static int? FindServerVm(string folder)
    {
        var home = $"-home {Path.Combine(folder, "home")} ";
        bool IsServer(int pid) => LocalProcess.IsAlive(pid)
            && LocalProcess.CommandLineContains(pid, home)
            && LocalProcess.CommandLineContains(pid, "-s rabbit boot");

        return LocalProcess.ReadPidFile(Path.Combine(folder, "rabbit.pid")) is { } known && IsServer(known)
            ? known
            : LocalProcess.All().Where(IsServer).Select(pid => (int?)pid).FirstOrDefault();
    }

    private Task<CommandResult> CtlAsync(IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        Command.RunAsync(Path.Combine(Scripts, "rabbitmqctl"), ["-q", "-n", nodeName, .. arguments], Environment(), directory, timeout, cancellationToken);

    private void Prepare()
    {
        var home = Path.Combine(directory, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        Directory.CreateDirectory(LogDirectory);
        var cookie = Path.Combine(home, ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            File.WriteAllText(cookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(20)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(cookie, UnixFileMode.UserRead); // Erlang refuses a cookie others can read
            }
        }

        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), "# Test node: settings come from environment variables.\n");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty);
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_consistent_hash_exchange].\n");
    }

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["HOME"] = Path.Combine(directory, "home"),
        ["RABBITMQ_NODENAME"] = nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = LogDirectory,
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_CRASH_DUMP"] = Path.Combine(LogDirectory, "erl_crash.dump"),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };
}
