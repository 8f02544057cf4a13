using Spp.Improvement.Admin;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Admin;

/// <summary>What the admin command says to arguments it cannot run, before touching any database.</summary>
public sealed class AdminArgumentsTests : IDisposable
{
    private const string Usage = "usage: Spp.Improvement admin tenant create --slug <slug> --name <name>";

    private readonly TempFolder _folder = new("improvement-admin-args");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string[], string> BadArguments() => new()
    {
        { [], "Unknown admin command." },
        { ["tenant"], "Unknown admin command." },
        { ["tenant", "delete", "--id", "0193c6a0-0000-7000-8000-000000000001"], "Unknown admin command." },
        { ["school", "create", "--slug", "x", "--name", "X"], "Unknown admin command." },
        { ["tenant", "create", "--slug", "x"], "--name is required." },
        { ["tenant", "create", "--slug"], "Expected --option value at '--slug'." },
        { ["tenant", "create", "slug", "x", "--name", "X"], "Expected --option value at 'slug'." },
        { ["tenant", "show"], "--id is required." },
        { ["tenant", "show", "--id", "not-a-guid"], "--id must be a GUID." },
        { ["tenant", "suspend", "--id", "0193c6a0-0000-7000-8000-000000000001"], "--reason is required." },
        { ["tenant", "rename", "--id", "0193c6a0-0000-7000-8000-000000000001"], "--name is required." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_are_refused_with_what_is_wrong(string[] arguments, string problem)
    {
        Assert.Equal(problem, AdminArguments.Parse(arguments).Error);
    }

    [Fact]
    public void Arguments_after_a_double_dash_go_to_the_host_configuration()
    {
        var parsed = AdminArguments.Parse(["tenant", "show", "--id", "0193c6a0-0000-7000-8000-000000000001", "--", "--ConnectionStrings:Improvement=Data Source=x.db"]);

        Assert.Null(parsed.Error);
        Assert.Equal(("show", Guid.Parse("0193c6a0-0000-7000-8000-000000000001")), (parsed.Verb, parsed.Id));
        Assert.Equal(["--ConnectionStrings:Improvement=Data Source=x.db"], parsed.HostArgs);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin", "tenant", "delete")]
    [InlineData("admin", "tenant", "create", "--slug", "x")]
    [InlineData("admin", "tenant", "show", "--id", "not-a-guid")]
    public async Task The_built_command_exits_2_with_the_problem_and_the_usage_without_touching_the_database(params string[] arguments)
    {
        var result = await ImprovementProcess.RunAsync(new Dictionary<string, string?> { ["ConnectionStrings__Improvement"] = _folder.Sqlite() }, arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(AdminArguments.Parse(arguments[1..]).Error!, result.StandardError, StringComparison.Ordinal);
        Assert.Contains(Usage, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput.Trim());
        Assert.False(File.Exists(Path.Combine(_folder.Path, "improvement.db")), "bad arguments must not touch the database");
    }
}
