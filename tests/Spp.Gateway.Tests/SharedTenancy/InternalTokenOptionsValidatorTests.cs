using Spp.Tenancy.Tokens;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class InternalTokenOptionsValidatorTests
{
    private static string? Validate(string? key) =>
        new InternalTokenOptionsValidator().Validate(null, new InternalTokenOptions { SigningKey = key }).FailureMessage;

    [Theory]
    [InlineData(null, "is required but not set")]
    [InlineData("", "is required but not set")]
    [InlineData("not base64!", "is not valid base64")]
    [InlineData("c2hvcnQ=", "decodes to 5 bytes")]
    public void Unusable_key_fails_naming_the_setting(string? key, string problem)
    {
        var failure = Validate(key);

        Assert.NotNull(failure);
        Assert.Contains("'InternalToken:SigningKey'", failure, StringComparison.Ordinal);
        Assert.Contains("InternalToken__SigningKey", failure, StringComparison.Ordinal);
        Assert.Contains(problem, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_of_32_random_bytes_is_accepted() =>
        Assert.Null(Validate(TestKeys.NewBase64Key(32)));
}
