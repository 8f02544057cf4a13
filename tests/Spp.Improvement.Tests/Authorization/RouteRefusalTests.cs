using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spp.Improvement.Tests.Authorization.Recipes;
using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization;

/// <summary>
/// Every refusal written in docs/authorization.md, called for real: each route as each refused role,
/// with real ids, a valid body and an If-Match, answered with exactly the status of the matrix, a
/// problem with a type, and nothing of the resource in the body.
/// </summary>
public sealed class RouteRefusalTests(AuthorizationWorldFixture fixture) : IClassFixture<AuthorizationWorldFixture>
{
    public static TheoryData<string, string, int> Refusals()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var (role, status) in row.Refused)
            {
                data.Add(row.Key, role, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_caller_gets_the_status_of_the_matrix_and_nothing_of_the_resource(string route, string role, int status)
    {
        var row = AuthorizationMatrix.For(route);
        var world = fixture.World;
        var token = role switch
        {
            "anonymous" => null,
            "tampered" => Tokens.Tampered(world.Token("school-staff")),
            _ => world.Token(role),
        };

        using var response = await fixture.Host.SendAsync(
            new HttpMethod(row.Method), world.PathOf(row.Pattern), token, RequestRecipes.BodyFor(route, world), await world.CurrentETagAsync(row.Method, row.Pattern));

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == status, $"{route} as {role}: expected {status}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["type"]?.GetValue<string>()), $"{route} as {role}: the problem has no type.");

        // "instance" echoes the path the caller sent; everything else must say nothing of the resource.
        problem.Remove("instance");
        var body = problem.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var leaked = world.Secrets.Where(secret => body.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaked.Count == 0, $"{route} as {role}: the refusal reveals {string.Join(", ", leaked)}: {body}");
    }

    [Fact]
    public void Every_refusal_of_the_matrix_uses_a_status_of_the_conventions()
    {
        var unexpected = AuthorizationMatrix.Rows
            .SelectMany(row => row.Refused.Select(r => (row.Key, r.Key, r.Value)))
            .Where(refusal => refusal.Value is not ((int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound))
            .ToList();

        Assert.Empty(unexpected);
    }
}
