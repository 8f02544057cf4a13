using Spp.Improvement.Tests.Authorization.Recipes;
using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization;

/// <summary>The repeatable changes of docs/authorization.md answer 2xx to each role the matrix allows.</summary>
public sealed class AllowedChangeTests(AuthorizationWorldFixture fixture) : IClassFixture<AuthorizationWorldFixture>
{
    public static TheoryData<string, string> AllowedChanges()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(row => RepeatableChanges.Routes.Contains(row.Key)))
        {
            foreach (var role in row.Allowed.Where(AuthorizationWorld.CanPlay))
            {
                data.Add(row.Key, role);
            }
        }

        return data;
    }

    [Fact]
    public void Every_repeatable_change_is_a_route_of_the_matrix() =>
        Assert.All(RepeatableChanges.Routes, route => AuthorizationMatrix.For(route));

    [Theory]
    [MemberData(nameof(AllowedChanges))]
    public async Task An_allowed_role_makes_the_change(string route, string role)
    {
        var row = AuthorizationMatrix.For(route);
        var world = fixture.World;

        using var response = await fixture.Host.SendAsync(
            new HttpMethod(row.Method), world.PathOf(row.Pattern), world.Token(role), RequestRecipes.BodyFor(route, world), await world.CurrentETagAsync(row.Method, row.Pattern), idempotencyKey: Guid.NewGuid().ToString());

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{route} as {role}: {(int)response.StatusCode} {text}");
    }
}
