using Microsoft.Extensions.Configuration;
using Spp.Gateway.DevelopmentIssuer;

namespace Spp.Gateway.Tests.DevelopmentIssuer;

public sealed class DevelopmentSignInFlagTests
{
    [Fact]
    public void The_flag_is_taken_out_of_the_arguments_so_the_next_option_keeps_its_value()
    {
        var rest = DevelopmentSignIn.WithoutFlag(["--dev-sign-in", "--urls", "http://127.0.0.1:5000"], out var requested);
        var configuration = new ConfigurationBuilder().AddCommandLine(rest);
        DevelopmentSignIn.Apply(configuration, requested);
        var built = configuration.Build();

        Assert.True(requested);
        Assert.Equal("http://127.0.0.1:5000", built["urls"]);
        Assert.Equal("true", built["Auth:DevelopmentIssuer:Enabled"]);
    }

    [Fact]
    public void Without_the_flag_nothing_is_turned_on()
    {
        var rest = DevelopmentSignIn.WithoutFlag(["--urls", "http://127.0.0.1:5000"], out var requested);
        var configuration = new ConfigurationBuilder().AddCommandLine(rest);
        DevelopmentSignIn.Apply(configuration, requested);

        Assert.False(requested);
        Assert.Null(configuration.Build()["Auth:DevelopmentIssuer:Enabled"]);
    }
}
