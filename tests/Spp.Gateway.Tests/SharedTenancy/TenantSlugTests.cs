using Spp.Tenancy;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class TenantSlugTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("acme")]
    [InlineData("north-east-2")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890bc")]
    public void Lowercase_letters_digits_and_inner_hyphens_of_2_to_63_characters_are_valid(string slug) =>
        Assert.True(TenantSlug.IsValid(slug));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Acme")]
    [InlineData("ac me")]
    [InlineData("acme_1")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("acmé")]
    [InlineData("a1234567890123456789012345678901234567890123456789012345678901bc")]
    public void Anything_else_is_invalid(string slug) =>
        Assert.False(TenantSlug.IsValid(slug));
}
