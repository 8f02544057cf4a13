using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace Spp.Testing;

/// <summary>
/// What a test does when a server it needs is unavailable: skip it on a developer machine, fail
/// it in CI (<c>CI=true</c>) so that a misconfigured pipeline cannot pass by skipping everything.
/// </summary>
public static class ServerRequirement
{
    private const string HowToRun =
        "Run the tests with tests/run (it installs and starts PostgreSQL and RabbitMQ on loopback), "
        + "or run `eval \"$(tests/run --start-servers)\"` once and then dotnet test in that shell.";

    /// <summary>Returns the value of an environment variable naming a server, or skips/fails the test when it is not set.</summary>
    /// <param name="variable">The environment variable, e.g. <see cref="TestServers.PostgresVariable"/>.</param>
    /// <param name="server">The server's name for the message, e.g. "PostgreSQL".</param>
    public static string Variable(string variable, string server)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Unavailable($"{server} for tests is not configured ({variable} is not set)");
        }

        return value;
    }

    /// <summary>Skips the current test (locally) or throws (in CI) because a server is unavailable.</summary>
    /// <param name="reason">Why the server is unavailable.</param>
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (TestServers.IsCi)
        {
            throw new InvalidOperationException($"{reason}. CI=true, so this fails instead of skipping. {HowToRun}");
        }

        Assert.Skip($"{reason}. {HowToRun}");
        throw new UnreachableException();
    }
}
