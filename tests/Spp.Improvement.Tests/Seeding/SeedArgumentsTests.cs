using Spp.Improvement.Admin;

namespace Spp.Improvement.Tests.Seeding;

public sealed class SeedArgumentsTests
{
    [Fact]
    public void Seed_without_options_is_national_scale_from_seed_42()
    {
        var parsed = AdminArguments.Parse(["seed"]);

        Assert.Null(parsed.Error);
        Assert.Equal(new Spp.Improvement.Seeding.SeedOptions(1, 42, 8), parsed.SeedOptions());
    }

    [Fact]
    public void Seed_takes_scale_seed_and_parallelism_and_passes_settings_after_the_separator_to_the_host()
    {
        var parsed = AdminArguments.Parse(["seed", "--scale", "0.01", "--seed", "7", "--parallelism", "4", "--", "--ConnectionStrings:Improvement=Data Source=x.db"]);

        Assert.Null(parsed.Error);
        Assert.Equal(new Spp.Improvement.Seeding.SeedOptions(0.01, 7, 4), parsed.SeedOptions());
        Assert.Equal(["--ConnectionStrings:Improvement=Data Source=x.db"], parsed.HostArgs);
    }

    [Theory]
    [InlineData("--scale", "lots", "--scale")]
    [InlineData("--scale", "0", "--scale")]
    [InlineData("--scale", "11", "--scale")]
    [InlineData("--seed", "-1", "--seed")]
    [InlineData("--parallelism", "0", "--parallelism")]
    [InlineData("--parallelism", "65", "--parallelism")]
    [InlineData("--size", "3", "--scale, --seed or --parallelism")]
    public void Seed_refuses_options_out_of_range_or_unknown(string option, string value, string named)
    {
        var parsed = AdminArguments.Parse(["seed", option, value]);

        Assert.NotNull(parsed.Error);
        Assert.Contains(named, parsed.Error, StringComparison.Ordinal);
    }
}
