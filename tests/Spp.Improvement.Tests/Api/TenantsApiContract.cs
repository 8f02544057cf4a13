using System.Net;
using System.Text;
using System.Text.Json;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Api;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Api;

/// <summary>
/// The tenant API of the improvement service on its own, called with the internal tokens the
/// gateway would forward. Runs on each store (see the subclasses).
/// </summary>
public abstract class TenantsApiContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private const string Tenants = "api/v1/platform/tenants";
    private const string ProblemBase = "https://spp-platform.org/problems/";

    private ImprovementHost Host => service.Host;

    private static string NewSlug() => "t-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<TenantView> CreateAsync(string? slug = null, string name = "Acme Learning Trust")
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug = slug ?? NewSlug(), name });
        return await TenantResponses.AssertTenantAsync(response, HttpStatusCode.Created);
    }

    private async Task<TenantView> GetAsync(Guid id)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Tenants}/{id}", Host.NationalTeam());
        return await TenantResponses.AssertTenantAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Create_answers_201_with_the_tenant_its_location_and_its_ETag()
    {
        var slug = NewSlug();

        using var response = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug, name = "Acme Learning Trust" });

        var tenant = await TenantResponses.AssertTenantAsync(response, HttpStatusCode.Created);
        Assert.Equal((slug, "Acme Learning Trust", TenantStatus.Active, "\"1\""), (tenant.Slug, tenant.Name, tenant.Status, tenant.ETag));
        Assert.Equal($"/api/v1/platform/tenants/{tenant.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(tenant, await GetAsync(tenant.Id));
    }

    [Fact]
    public async Task A_create_retried_with_the_same_Idempotency_Key_returns_the_same_tenant()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { slug = NewSlug(), name = "Retried Trust" };

        using var first = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), body, idempotencyKey: key);
        using var retry = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), body, idempotencyKey: key);

        var created = await TenantResponses.AssertTenantAsync(first, HttpStatusCode.Created);
        var retried = await TenantResponses.AssertTenantAsync(retry, HttpStatusCode.Created);
        Assert.Equal(created, retried);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
    }

    [Fact]
    public async Task A_create_without_Idempotency_Key_is_a_new_create_each_time()
    {
        var slug = NewSlug();
        await CreateAsync(slug);

        using var again = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug, name = "Acme Learning Trust" });

        var problem = await Problems.AssertProblemAsync(again, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ProblemBase + "tenant-slug-taken", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_same_Idempotency_Key_with_another_body_is_422_tenant_exists()
    {
        var key = Guid.NewGuid().ToString();
        var slug = NewSlug();
        using var first = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug, name = "First Name" }, idempotencyKey: key);
        await TenantResponses.AssertTenantAsync(first, HttpStatusCode.Created);

        using var second = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug, name = "Other Name" }, idempotencyKey: key);

        var problem = await Problems.AssertProblemAsync(second, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("tenant-exists", problem.GetProperty("rule").GetString());
    }

    [Theory]
    [MemberData(nameof(TenantsApiData.InvalidTenants), MemberType = typeof(TenantsApiData))]
    public async Task A_bad_slug_or_name_is_400_with_an_error_for_each_bad_field(string? slug, string? name, string[] fields)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug, name });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(fields, errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(errors.EnumerateObject(), e => Assert.NotEmpty(e.Value.EnumerateArray().Select(m => m.GetString())));
    }

    [Fact]
    public async Task A_slug_taken_by_another_tenant_is_422_naming_the_rule()
    {
        var taken = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new { slug = taken.Slug, name = "Someone Else" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ProblemBase + "tenant-slug-taken", problem.GetProperty("type").GetString());
        Assert.Equal("tenant-slug-taken", problem.GetProperty("rule").GetString());
        Assert.Contains(taken.Slug, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(taken, await GetAsync(taken.Id));
    }

    [Fact]
    public async Task Get_returns_the_tenant_with_its_ETag()
    {
        var created = await CreateAsync();

        var fetched = await GetAsync(created.Id);

        Assert.Equal(created, fetched);
    }

    [Theory]
    [MemberData(nameof(TenantsApiData.RequestsForAnUnknownTenant), MemberType = typeof(TenantsApiData))]
    public async Task An_unknown_tenant_is_404_problem(string method, string path)
    {
        using var response = await Host.SendAsync(new HttpMethod(method), path, Host.NationalTeam(), method == "GET" ? null : new { name = "New Name", reason = "Reason" }, ifMatch: "\"1\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rename_with_If_Match_answers_200_with_the_new_name_and_a_new_ETag()
    {
        var tenant = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Patch, $"{Tenants}/{tenant.Id}", Host.NationalTeam(), new { name = "Renamed Trust" }, ifMatch: tenant.ETag);

        var renamed = await TenantResponses.AssertTenantAsync(response, HttpStatusCode.OK);
        Assert.Equal("Renamed Trust", renamed.Name);
        Assert.NotEqual(tenant.ETag, renamed.ETag);
        Assert.Equal(renamed, await GetAsync(tenant.Id));
    }

    [Fact]
    public async Task Rename_without_If_Match_is_428_and_changes_nothing()
    {
        var tenant = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Patch, $"{Tenants}/{tenant.Id}", Host.NationalTeam(), new { name = "Renamed Trust" });

        await Problems.AssertProblemAsync(response, (HttpStatusCode)428);
        Assert.Equal(tenant, await GetAsync(tenant.Id));
    }

    [Fact]
    public async Task Rename_with_a_stale_If_Match_is_412_carrying_the_current_ETag()
    {
        var tenant = await CreateAsync();
        using var first = await Host.SendAsync(HttpMethod.Patch, $"{Tenants}/{tenant.Id}", Host.NationalTeam(), new { name = "First Rename" }, ifMatch: tenant.ETag);
        var current = await TenantResponses.AssertTenantAsync(first, HttpStatusCode.OK);

        using var stale = await Host.SendAsync(HttpMethod.Patch, $"{Tenants}/{tenant.Id}", Host.NationalTeam(), new { name = "Second Rename" }, ifMatch: tenant.ETag);

        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(current.ETag, stale.Headers.ETag?.ToString());
        Assert.Equal(current, await GetAsync(tenant.Id));
    }

    [Fact]
    public async Task Rename_to_an_invalid_name_is_400_for_the_name()
    {
        var tenant = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Patch, $"{Tenants}/{tenant.Id}", Host.NationalTeam(), new { name = "" }, ifMatch: tenant.ETag);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Suspending_twice_is_409_naming_the_stage_Suspended()
    {
        var tenant = await CreateAsync();
        using var first = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/suspend", Host.NationalTeam(), new { reason = "Contract ended" }, ifMatch: tenant.ETag);
        var suspended = await TenantResponses.AssertTenantAsync(first, HttpStatusCode.OK);
        Assert.Equal((TenantStatus.Suspended, "Contract ended"), (suspended.Status, suspended.SuspensionReason));

        using var second = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/suspend", Host.NationalTeam(), new { reason = "Again" }, ifMatch: suspended.ETag);

        var problem = await Problems.AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("Suspended", problem.GetProperty("from").GetString());
        Assert.Contains("'Suspended'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(suspended, await GetAsync(tenant.Id));
    }

    [Fact]
    public async Task Suspend_without_a_reason_is_400_for_the_reason()
    {
        var tenant = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/suspend", Host.NationalTeam(), new { reason = "" }, ifMatch: tenant.ETag);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Reinstate_lifts_a_suspension_and_reinstating_again_is_409_from_Active()
    {
        var tenant = await CreateAsync();
        using var suspend = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/suspend", Host.NationalTeam(), new { reason = "Unpaid" }, ifMatch: tenant.ETag);
        var suspended = await TenantResponses.AssertTenantAsync(suspend, HttpStatusCode.OK);

        using var reinstate = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/reinstate", Host.NationalTeam(), ifMatch: suspended.ETag);
        var reinstated = await TenantResponses.AssertTenantAsync(reinstate, HttpStatusCode.OK);
        using var again = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/reinstate", Host.NationalTeam(), ifMatch: reinstated.ETag);

        Assert.Equal(TenantStatus.Active, reinstated.Status);
        var problem = await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("Active", problem.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Reinstate_without_If_Match_is_428()
    {
        var tenant = await CreateAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, $"{Tenants}/{tenant.Id}/reinstate", Host.NationalTeam());

        await Problems.AssertProblemAsync(response, (HttpStatusCode)428);
    }

    [Theory]
    [MemberData(nameof(TenantsApiData.MalformedBodies), MemberType = typeof(TenantsApiData))]
    public async Task Malformed_JSON_is_a_400_problem_never_a_500(string operation, string body)
    {
        var tenant = await CreateAsync();
        var (method, path) = operation switch
        {
            "POST" => (HttpMethod.Post, Tenants),
            "PATCH" => (HttpMethod.Patch, $"{Tenants}/{tenant.Id}"),
            _ => (HttpMethod.Post, $"{Tenants}/{tenant.Id}/suspend"),
        };

        using var response = await Host.SendAsync(method, path, Host.NationalTeam(), new StringContent(body, Encoding.UTF8, "application/json"), ifMatch: tenant.ETag);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(tenant, await GetAsync(tenant.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_1_MB_is_413_problem(bool chunked)
    {
        var json = JsonSerializer.Serialize(new { slug = NewSlug(), name = new string('n', 1024 * 1024) });
        using var request = new HttpRequestMessage(HttpMethod.Post, Tenants)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(InternalToken.HeaderName, Host.NationalTeam());
        request.Headers.TransferEncodingChunked = chunked;

        // Without it the client may still be writing the body when the server answers and closes
        // the connection (a broken pipe instead of the answer); with it, it waits for the verdict.
        request.Headers.ExpectContinue = true;

        using var response = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_just_under_1_MB_is_read()
    {
        // The limit refuses what is over it, not large bodies as such: padding keeps the name valid.
        var json = JsonSerializer.Serialize(new { slug = NewSlug(), name = "Padded Trust", padding = new string('p', (1024 * 1024) - 200) });

        using var response = await Host.SendAsync(HttpMethod.Post, Tenants, Host.NationalTeam(), new StringContent(json, Encoding.UTF8, "application/json"));

        await TenantResponses.AssertTenantAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Internal_routes_accept_a_service_token_to_create_and_find_a_tenant_by_slug()
    {
        var slug = NewSlug();

        using var created = await Host.SendAsync(HttpMethod.Post, "internal/tenants", Host.Service("admin"), new { slug, name = "Internal Trust" });
        using var found = await Host.SendAsync(HttpMethod.Get, $"internal/tenants/by-slug/{slug}", Host.Service("gateway"));

        var tenant = await TenantResponses.AssertTenantAsync(created, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(new TenantDirectoryEntry(tenant.Id, slug, "Internal Trust", "Active"), await TenantResponses.ReadAsync<TenantDirectoryEntry>(found));
    }

    [Fact]
    public async Task The_directory_entry_of_a_suspended_tenant_says_Suspended()
    {
        var tenant = await CreateAsync();
        using var suspend = await Host.SendAsync(HttpMethod.Post, $"internal/tenants/{tenant.Id}/suspend", Host.Service(), new { reason = "Closed" }, ifMatch: tenant.ETag);
        await TenantResponses.AssertTenantAsync(suspend, HttpStatusCode.OK);

        using var found = await Host.SendAsync(HttpMethod.Get, $"internal/tenants/by-slug/{tenant.Slug}", Host.Service());

        Assert.Equal("Suspended", (await TenantResponses.ReadAsync<TenantDirectoryEntry>(found))!.Status);
    }

    [Theory]
    [InlineData("t-unknown-slug")]
    [InlineData("Not_A_Slug")]
    public async Task An_unknown_slug_is_404_on_the_internal_directory_route(string slug)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"internal/tenants/by-slug/{slug}", Host.Service());

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Readiness_reports_the_database_and_the_broker_healthy()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "health/ready", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var checks = document.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("improvement-database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("broker").GetProperty("status").GetString());
    }
}

/// <summary>The tenant API over SQLite.</summary>
public sealed class TenantsApiOnSqlite(SqliteImprovementService service) : TenantsApiContract<SqliteImprovementService>(service);

/// <summary>The tenant API over PostgreSQL.</summary>
public sealed class TenantsApiOnPostgres(PostgresImprovementService service) : TenantsApiContract<PostgresImprovementService>(service);

/// <summary>Theory data of <see cref="TenantsApiContract{TService}"/> (static members cannot live on the generic class).</summary>
public static class TenantsApiData
{
    private const string Tenants = "api/v1/platform/tenants";

    public static TheoryData<string?, string?, string[]> InvalidTenants() => new()
    {
        { "Not A Slug", "Fine Name", ["slug"] },
        { "-leading", "Fine Name", ["slug"] },
        { "x", "Fine Name", ["slug"] },
        { "fine-slug", "", ["name"] },
        { "fine-slug", "   ", ["name"] },
        { "fine-slug", " padded", ["name"] },
        { "fine-slug", new string('n', TenantRules.MaxNameLength + 1), ["name"] },
        { null, null, ["name", "slug"] },
        { "UPPER", "", ["name", "slug"] },
    };

    public static TheoryData<string, string> RequestsForAnUnknownTenant()
    {
        var id = Guid.NewGuid();
        return new()
        {
            { "GET", $"{Tenants}/{id}" },
            { "PATCH", $"{Tenants}/{id}" },
            { "POST", $"{Tenants}/{id}/suspend" },
            { "POST", $"{Tenants}/{id}/reinstate" },
            { "GET", $"{Tenants}/not-a-guid" },
        };
    }

    public static TheoryData<string, string> MalformedBodies() => new()
    {
        { "POST", "{" },
        { "POST", "not json" },
        { "POST", "{\"slug\": 5, \"name\": \"Typed Wrong\"}" },
        { "POST", "[]" },
        { "POST", "null" },
        { "POST", "" },
        { "PATCH", "{\"name\": " },
        { "PATCH", "null" },
        { "SUSPEND", "{\"reason\": [1, 2]}" },
        { "SUSPEND", "null" },
    };
}
