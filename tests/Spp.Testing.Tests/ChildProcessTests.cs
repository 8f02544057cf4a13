using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Spp.Testing.Tests;

public sealed class ChildProcessTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Child_gets_its_environment_and_its_output_is_captured()
    {
        using var child = ChildProcess.Start("/bin/sh", ["-c", "echo \"hello $SPP_GREETING\"; echo oops >&2"], [new("SPP_GREETING", "world")]);

        Assert.Equal(0, await child.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("hello world", child.Output, StringComparison.Ordinal);
        Assert.Contains("err: oops", child.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_asks_the_child_to_exit_with_sigterm()
    {
        using var child = ChildProcess.Start("sleep", ["60"]);

        Assert.Equal(128 + 15, await child.StopAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Kill_ends_the_child_with_sigkill()
    {
        using var child = ChildProcess.Start("sleep", ["60"]);

        child.Kill();

        Assert.True(child.HasExited);
        Assert.Equal(128 + 9, child.ExitCode);
    }

    [Fact]
    public async Task Waiting_for_http_fails_fast_with_the_output_when_the_child_exits()
    {
        using var child = ChildProcess.StartDotnet(Path.Combine(AppContext.BaseDirectory, "Missing.dll"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => child.WaitForHttpOkAsync("http://127.0.0.1:9/health/ready", TimeSpan.FromSeconds(30), Cancellation));
        Assert.Contains("Missing.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_http_returns_once_the_url_answers_ok()
    {
        var port = FreePort.Next();
        using var child = ChildProcess.Start("sleep", ["60"]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        var ready = false;
        app.MapGet("/health/ready", () => ready ? Results.Ok() : Results.StatusCode(503));
        await app.StartAsync(Cancellation);
        _ = Task.Delay(500, Cancellation).ContinueWith(_ => ready = true, TaskScheduler.Default);

        await child.WaitForHttpOkAsync($"http://127.0.0.1:{port}/health/ready", TimeSpan.FromSeconds(10), Cancellation);

        Assert.True(ready);
        Assert.False(child.HasExited);
    }
}
