using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Spp.Contracts.Tenants;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Support;
using Spp.Testing;

namespace Spp.Improvement.Tests.Admin;

/// <summary><c>Spp.Improvement admin tenant ...</c>, run as operators run it: the built host as a child process, against a SQLite file.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly TempFolder _folder = new("improvement-admin");

    private Dictionary<string, string?> Settings => new() { ["ConnectionStrings__Improvement"] = _folder.Sqlite() };

    private Task<ProcessResult> AdminAsync(params string[] arguments) => ImprovementProcess.RunAsync(Settings, ["admin", "tenant", .. arguments]);

    private static TenantView Tenant(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonSerializer.Deserialize<TenantView>(result.StandardOutput, Json) ?? throw new InvalidOperationException(result.ToString());
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Create_exits_0_printing_the_tenant_as_JSON_and_show_reads_it_back()
    {
        var created = Tenant(await AdminAsync("create", "--slug", "x-trust", "--name", "X"));
        var shown = Tenant(await AdminAsync("show", "--id", created.Id.ToString()));

        Assert.Equal(("x-trust", "X", TenantStatus.Active, "\"1\""), (created.Slug, created.Name, created.Status, created.ETag));
        Assert.NotEqual(Guid.Empty, created.Id);
        Assert.Equal(created, shown);
    }

    [Fact]
    public async Task Create_with_an_id_uses_it()
    {
        var id = Guid.NewGuid();

        var created = Tenant(await AdminAsync("create", "--slug", "given-id", "--name", "Given Id Trust", "--id", id.ToString()));

        Assert.Equal(id, created.Id);
    }

    [Fact]
    public async Task Suspend_without_if_match_applies_to_the_current_version_and_a_second_suspend_exits_1()
    {
        var created = Tenant(await AdminAsync("create", "--slug", "suspend-me", "--name", "Suspend Me"));
        var renamed = Tenant(await AdminAsync("rename", "--id", created.Id.ToString(), "--name", "Renamed"));

        var suspended = Tenant(await AdminAsync("suspend", "--id", created.Id.ToString(), "--reason", "Contract ended"));
        var again = await AdminAsync("suspend", "--id", created.Id.ToString(), "--reason", "Again");

        Assert.Equal("Renamed", renamed.Name);
        Assert.Equal((TenantStatus.Suspended, "Contract ended", "Renamed"), (suspended.Status, suspended.SuspensionReason, suspended.Name));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Cannot suspend from 'Suspended'.", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_if_match_exits_1_naming_the_current_ETag()
    {
        var created = Tenant(await AdminAsync("create", "--slug", "stale-etag", "--name", "Stale"));
        Tenant(await AdminAsync("rename", "--id", created.Id.ToString(), "--name", "Moved On"));

        var stale = await AdminAsync("rename", "--id", created.Id.ToString(), "--name", "Too Late", "--if-match", created.ETag);

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("current ETag is \"2\"", stale.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_slug_exits_1_naming_it()
    {
        Tenant(await AdminAsync("create", "--slug", "taken", "--name", "First"));

        var second = await AdminAsync("create", "--slug", "taken", "--name", "Second");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("The slug 'taken' is already used by another tenant.", second.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.StandardOutput.Trim());
    }

    [Fact]
    public async Task Show_of_an_unknown_tenant_exits_1()
    {
        var result = await AdminAsync("show", "--id", Guid.NewGuid().ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The tenant does not exist.", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_created_by_the_admin_command_is_served_by_the_service_on_the_same_database()
    {
        var created = Tenant(await AdminAsync("create", "--slug", "served", "--name", "Served Trust"));
        await using var service = await ImprovementHost.StartAsync(_folder.Sqlite());

        using var response = await service.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{created.Id}", service.NationalTeam());

        Assert.Equal(created, await TenantResponses.AssertTenantAsync(response, HttpStatusCode.OK));
    }

    /// <summary>The outbox rows of the database, as (event type, dispatched).</summary>
    private List<(string Type, bool Dispatched)> Outbox()
    {
        using var connection = new SqliteConnection(_folder.Sqlite());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_type, dispatched_at IS NOT NULL FROM outbox ORDER BY position";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, bool)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0).Split(',')[0], reader.GetBoolean(1)));
        }

        return rows;
    }

    [Fact]
    public async Task Without_a_broker_the_events_stay_in_the_outbox_for_the_service_to_publish()
    {
        var created = Tenant(await AdminAsync("create", "--slug", "no-broker", "--name", "No Broker"));
        Tenant(await AdminAsync("suspend", "--id", created.Id.ToString(), "--reason", "Test"));

        Assert.Equal([(typeof(TenantCreated).FullName!, false), (typeof(TenantSuspended).FullName!, false)], Outbox());
    }

    [Fact]
    public async Task With_a_broker_the_events_are_published_before_the_command_exits()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["ConnectionStrings__RabbitMq"] = TestServers.RabbitMq.ToString() };

        var result = await ImprovementProcess.RunAsync(settings, "admin", "tenant", "create", "--slug", "with-broker", "--name", "With Broker");

        Tenant(result);
        Assert.Equal([(typeof(TenantCreated).FullName!, true)], Outbox());
    }
}
