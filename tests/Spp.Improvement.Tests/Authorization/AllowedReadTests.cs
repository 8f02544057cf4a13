using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization;

/// <summary>Every read of docs/authorization.md answers 2xx to each role the matrix allows, in a world where the resource exists.</summary>
public sealed class AllowedReadTests(AuthorizationWorldFixture fixture) : IClassFixture<AuthorizationWorldFixture>
{
    public static TheoryData<string, string> AllowedReads()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(row => row.Method == "GET"))
        {
            foreach (var role in row.Allowed)
            {
                data.Add(row.Key, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedReads))]
    public async Task An_allowed_role_reads_the_resource(string route, string role)
    {
        var row = AuthorizationMatrix.For(route);
        var world = fixture.World;

        using var response = await fixture.Host.SendAsync(HttpMethod.Get, world.PathOf(row.Pattern), role == "anyone" ? null : world.Token(role));

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{route} as {role}: {(int)response.StatusCode} {text}");
    }
}
