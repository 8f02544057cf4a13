namespace Spp.Testing;

/// <summary>Exit code and combined output of a finished <see cref="Command"/>.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public CommandResult EnsureSuccess() => Succeeded
        ? this
        : throw new InvalidOperationException($"`{CommandLine}` exited with code {ExitCode}:\n{Output}");
}
