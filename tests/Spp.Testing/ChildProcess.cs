using System.Diagnostics;
using System.Globalization;

namespace Spp.Testing;

/// <summary>
/// A child process, typically <c>dotnet &lt;assembly&gt;</c> (a service host under test), whose output
/// is kept for diagnostics. <see cref="Kill"/> sends SIGKILL; dispose kills it when still running.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int MaxOutputLines = 5000;
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ChildProcess(Process process, string description)
    {
        _process = process;
        Description = description;
    }

    /// <summary>What was started, for messages (program and arguments).</summary>
    public string Description { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once the process has exited, else null.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>The captured stdout and stderr (stderr lines prefixed "err: "), at most the last 5000 lines.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="assemblyPath"/> <paramref name="arguments"/></c>.</summary>
    /// <param name="assemblyPath">The built application, e.g. from <see cref="RepositoryPaths.BuiltAssembly"/>.</param>
    /// <param name="environment">Variables to set for the child (on top of this process's environment); a null value removes one.</param>
    /// <param name="arguments">Command-line arguments, e.g. <c>["--urls", "http://127.0.0.1:5123"]</c>.</param>
    /// <param name="workingDirectory">Working folder; default the assembly's folder.</param>
    public static ChildProcess StartDotnet(
        string assemblyPath,
        IEnumerable<KeyValuePair<string, string?>>? environment = null,
        IEnumerable<string>? arguments = null,
        string? workingDirectory = null) =>
        Start(
            DotnetHost(),
            [assemblyPath, .. arguments ?? []],
            environment,
            workingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));

    /// <summary>Starts any program as a child process.</summary>
    /// <param name="fileName">The program, e.g. <c>dotnet</c> or a full path.</param>
    /// <param name="arguments">Command-line arguments.</param>
    /// <param name="environment">Variables to set for the child (on top of this process's environment); a null value removes one.</param>
    /// <param name="workingDirectory">Working folder; default the current one.</param>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string>? arguments = null,
        IEnumerable<KeyValuePair<string, string?>>? environment = null,
        string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments ?? [])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var description = string.Join(' ', startInfo.ArgumentList.Prepend(Path.GetFileName(fileName)));
        var child = new ChildProcess(new Process { StartInfo = startInfo }, description);
        child.Launch();
        return child;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 2xx; fails early, with the output, if the process exits.</summary>
    /// <param name="url">E.g. <c>http://127.0.0.1:5123/health/ready</c>.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    public async Task WaitForHttpOkAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{Description} exited with code {ExitCode} before {url} answered. Output:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                last = e.Message;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{url} did not answer 2xx within {timeout} (last: {last}). Output of {Description}:\n{Output}");
    }

    /// <inheritdoc cref="WaitForHttpOkAsync(Uri, TimeSpan, CancellationToken)"/>
    public Task WaitForHttpOkAsync(string url, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForHttpOkAsync(new Uri(url), timeout, cancellationToken);

    /// <summary>Kills the process and its children with SIGKILL (no graceful shutdown) and waits until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>Asks the process to shut down gracefully (SIGTERM) and waits for it to exit.</summary>
    /// <param name="timeout">How long to wait before giving up with a <see cref="TimeoutException"/>.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            var signal = new ProcessStartInfo("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var kill = Process.Start(signal)!;
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    /// <summary>Waits for the process to exit by itself.</summary>
    /// <param name="timeout">How long to wait before giving up with a <see cref="TimeoutException"/>.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Description} did not exit within {timeout}. Output:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Kills the process if it is still running.</summary>
    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }

        _process.Dispose();
    }

    // The dotnet host running the tests (DOTNET_HOST_PATH is set by the dotnet CLI), else the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private void Launch()
    {
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data is null ? null : "err: " + e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > MaxOutputLines)
            {
                _output.Dequeue();
            }
        }
    }
}
