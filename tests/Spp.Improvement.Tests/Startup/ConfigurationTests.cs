using System.Security.Cryptography;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Startup;

/// <summary>The built improvement host refuses to start on bad settings, naming the setting.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new("improvement-config");

    public void Dispose() => _folder.Dispose();

    private static Task<ProcessResult> StartAsync(string? connectionString, string? signingKey) =>
        ImprovementProcess.RunAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings__Improvement"] = connectionString,
                ["InternalToken__SigningKey"] = signingKey,
            },
            "--urls", "http://127.0.0.1:0");

    private string GoodDatabase => _folder.Sqlite();

    private static string Key(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static TheoryData<string?, string> BadConnectionStrings() => new()
    {
        { null, "Setting 'ConnectionStrings:Improvement' (environment variable 'ConnectionStrings__Improvement') is required but not set." },
        { " ", "Setting 'ConnectionStrings:Improvement' (environment variable 'ConnectionStrings__Improvement') is required but not set." },
        { "garbage", "Setting 'ConnectionStrings:Improvement' (environment variable 'ConnectionStrings__Improvement') must be a PostgreSQL ('Host=…') or SQLite ('Data Source=…') connection string." },
        { "Host=127.0.0.1;Bogus Keyword=1", "Setting 'ConnectionStrings:Improvement' (environment variable 'ConnectionStrings__Improvement') is not a valid PostgreSQL connection string" },
    };

    [Theory]
    [MemberData(nameof(BadConnectionStrings))]
    public async Task A_missing_or_garbage_connection_string_stops_start_up_naming_the_setting(string? connectionString, string message)
    {
        var result = await StartAsync(connectionString, Key(32));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string> BadSigningKeys() => new()
    {
        { null, "Setting 'InternalToken:SigningKey' (environment variable 'InternalToken__SigningKey') is required but not set" },
        { "not base64!", "Setting 'InternalToken:SigningKey' (environment variable 'InternalToken__SigningKey') is not valid base64." },
        { Key(16), "Setting 'InternalToken:SigningKey' (environment variable 'InternalToken__SigningKey') decodes to 16 bytes; at least 32 are required." },
    };

    [Theory]
    [MemberData(nameof(BadSigningKeys))]
    public async Task A_missing_or_weak_signing_key_stops_start_up_naming_the_setting(string? signingKey, string message)
    {
        var result = await StartAsync(GoodDatabase, signingKey);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
    }
}
