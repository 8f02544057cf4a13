using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.ServiceDefaults;

namespace Spp.Improvement.Tests.Privacy;

/// <summary>URLs (and their query strings) stay out of the logs every process writes.</summary>
public sealed class RequestLoggingTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Yarp.ReverseProxy.Forwarder.HttpForwarder")]
    public async Task Lines_that_carry_the_request_url_are_not_written_at_information(string category)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddServiceDefaults("privacy-test");
        await using var app = builder.Build();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }
}
