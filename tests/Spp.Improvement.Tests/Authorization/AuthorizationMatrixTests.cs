using Spp.Improvement.Tests.Authorization.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Authorization;

/// <summary>docs/authorization.md describes exactly the routes the service maps: no route without a row, no row without a route.</summary>
public sealed class AuthorizationMatrixTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    [Fact]
    public void Every_mapped_public_route_has_a_row_in_the_authorization_matrix()
    {
        var documented = AuthorizationMatrix.Rows.Select(row => row.Key).ToHashSet(StringComparer.Ordinal);

        var missing = MappedRoutes.Of(service.Host).Where(route => !documented.Contains(route.Key)).ToList();

        Assert.True(missing.Count == 0, "Routes mapped but not in docs/authorization.md:\n" + string.Join('\n', missing.Select(r => $"| {r.Method} | `{r.Pattern}` |")));
    }

    [Fact]
    public void Every_row_of_the_authorization_matrix_is_a_mapped_route()
    {
        var mapped = MappedRoutes.Of(service.Host).Select(route => route.Key).ToHashSet(StringComparer.Ordinal);

        var stale = AuthorizationMatrix.Rows.Where(row => !mapped.Contains(row.Key)).ToList();

        Assert.True(stale.Count == 0, "Rows of docs/authorization.md with no mapped route:\n" + string.Join('\n', stale.Select(r => $"line {r.Line}: {r.Key}")));
    }

    [Fact]
    public void Each_route_has_one_row_that_names_who_may_call_it_and_how_everyone_else_is_refused()
    {
        var duplicated = AuthorizationMatrix.Rows.GroupBy(row => row.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var incomplete = AuthorizationMatrix.Rows.Where(row => row.Allowed.Count == 0 || (row.Refused.Count == 0 && row.Allowed is not ["anyone"])).Select(row => row.Key).ToList();

        Assert.Empty(duplicated);
        Assert.Empty(incomplete);
    }
}
