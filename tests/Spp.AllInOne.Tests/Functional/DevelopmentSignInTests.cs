using Spp.AllInOne.Tests.Support;
using Spp.Testing;

namespace Spp.AllInOne.Tests.Functional;

/// <summary>The development issuer's switch on the all-in-one host.</summary>
public sealed class DevelopmentSignInTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_host_refuses_to_start_with_dev_sign_in_in_Production_naming_the_setting()
    {
        using var host = ChildProcess.StartDotnet(
            RepositoryPaths.BuiltAssembly("Spp.AllInOne"),
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = null,
                ["Auth__DevelopmentIssuer__Enabled"] = null,
            },
            ["--port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", _data.Path, "--dev-sign-in"]);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auth:DevelopmentIssuer:Enabled", host.Output, StringComparison.Ordinal);
        Assert.Contains("Production", host.Output, StringComparison.Ordinal);
    }
}
