using Spp.Testing;

namespace Spp.Improvement.Tests.Support;

/// <summary>Runs the built improvement host (<c>dotnet Spp.Improvement.dll ...</c>) as a child process to completion.</summary>
internal static class ImprovementProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Assembly => RepositoryPaths.BuiltAssembly("Spp.Improvement");

    /// <summary>
    /// Runs it with <paramref name="arguments"/> and only the settings given here (those of the test
    /// process that would change its behaviour are removed), killing it if it outlives the timeout.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Improvement"] = null,
            ["ConnectionStrings__RabbitMq"] = null,
            ["Messaging__Transport"] = "InMemory",
            ["InternalToken__SigningKey"] = null,
            ["ASPNETCORE_URLS"] = null,
            ["ASPNETCORE_ENVIRONMENT"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        using var child = ChildProcess.StartDotnet(Assembly, environment, arguments);
        var exitCode = await child.WaitForExitAsync(Timeout);
        return new ProcessResult(exitCode, child.Output);
    }
}

/// <summary>How a child process ended: its exit code and its output, stdout and stderr apart.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    private const string ErrorPrefix = "err: ";

    public string StandardOutput => string.Join('\n', Output.Split('\n').Where(line => !line.StartsWith(ErrorPrefix, StringComparison.Ordinal)));

    public string StandardError => string.Join('\n', Output.Split('\n').Where(line => line.StartsWith(ErrorPrefix, StringComparison.Ordinal)).Select(line => line[ErrorPrefix.Length..]));

    public override string ToString() => $"exit code {ExitCode}; output:\n{Output}";
}
