using System.Globalization;
using Xunit;

namespace Spp.Testing;

/// <summary>
/// A RabbitMQ node of its own (own node name, AMQP and distribution ports, data under
/// <see cref="TestServers.ServersDirectory"/>) for tests that stop or kill the broker. Stopping
/// and starting again keeps the data, so durable queues and persistent messages survive.
/// Use it as a class fixture or create one with <see cref="StartNewAsync"/>; dispose kills the
/// node and deletes its data. Starting takes about 5-7 s. Without the rabbitmq-server package
/// the test skips (fails in CI).
/// </summary>
public sealed class PrivateRabbitMq : IAsyncLifetime
{
    private readonly RabbitMqNode _node;
    private string? _unavailable;

    /// <summary>A node on free ports; started by <see cref="InitializeAsync"/>.</summary>
    public PrivateRabbitMq()
    {
        AmqpPort = FreePort.Next();
        DistributionPort = FreePort.Next();
        NodeName = string.Create(CultureInfo.InvariantCulture, $"spp-rabbit-{AmqpPort}@localhost");
        BaseDirectory = Path.Combine(LeftoverServers.PrivateDirectory, string.Create(CultureInfo.InvariantCulture, $"spp-rabbit-{LocalProcess.CurrentId}-{AmqpPort}"));
        _node = new RabbitMqNode(BaseDirectory, NodeName, AmqpPort, DistributionPort);
    }

    /// <summary>The Erlang node name, e.g. <c>spp-rabbit-41234@localhost</c>.</summary>
    public string NodeName { get; }

    /// <summary>The AMQP port on 127.0.0.1.</summary>
    public int AmqpPort { get; }

    /// <summary>The Erlang distribution port (used by rabbitmqctl) on 127.0.0.1.</summary>
    public int DistributionPort { get; }

    /// <summary>Folder holding the node's data, logs and Erlang cookie.</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether the node was started and not stopped or killed since.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>AMQP URI of the node (user guest, allowed on loopback), e.g. for <c>ConnectionStrings__RabbitMq</c>.</summary>
    public Uri AmqpUri
    {
        get
        {
            EnsureUsable();
            return new Uri(string.Create(CultureInfo.InvariantCulture, $"amqp://guest:guest@127.0.0.1:{AmqpPort}/"));
        }
    }

    /// <summary>Starts a new node and waits until it has booted.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<PrivateRabbitMq> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var node = new PrivateRabbitMq();
        try
        {
            await node.StartAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the node. Where RabbitMQ is not installed it does nothing, and the tests using the
    /// fixture skip (fail in CI) when they touch it.
    /// </summary>
    public async ValueTask InitializeAsync()
    {
        _unavailable = RabbitMqNode.UnavailableReason();
        if (_unavailable is null)
        {
            await StartAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Starts the node (again, with the same data after a stop or kill) and waits until it has booted.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (RabbitMqNode.UnavailableReason() is { } reason)
        {
            ServerRequirement.Unavailable(reason);
        }

        await LeftoverServers.RemoveOnceAsync();
        await _node.StartAsync(cancellationToken);
        IsRunning = true;
    }

    /// <summary>Stops the node gracefully (<c>rabbitmqctl stop</c>) and waits until its process has exited.</summary>
    /// <param name="cancellationToken">Cancels the stop.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        await _node.StopAsync(cancellationToken);
        IsRunning = false;
    }

    /// <summary>Kills the node with SIGKILL, like a crash, and waits until its AMQP port is closed.</summary>
    public void Kill()
    {
        EnsureUsable();
        _node.Kill();
        _node.WaitUntilPortClosedAsync(CancellationToken.None).GetAwaiter().GetResult();
        IsRunning = false;
    }

    /// <summary>The end of the node's log files, for diagnostics.</summary>
    public string LogTail() => _node.LogTail();

    /// <summary>Kills the node (its data is deleted anyway, so a graceful stop would only cost time) and deletes its folder.</summary>
    public ValueTask DisposeAsync()
    {
        _node.Kill();
        IsRunning = false;
        if (Directory.Exists(BaseDirectory))
        {
            Directory.Delete(BaseDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private void EnsureUsable()
    {
        if (_unavailable is not null)
        {
            ServerRequirement.Unavailable(_unavailable);
        }
    }
}
