using System.Globalization;
using System.Net;
using System.Text.Json;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Api;
using Spp.Improvement.Schools;
using Spp.Improvement.Schools.Imports;
using Spp.Improvement.Tests.Schools.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Schools;

/// <summary>Imports of GIAS files through the national team's import routes, on the service over SQLite.</summary>
public sealed class SchoolImportsApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private readonly RegisterApi api = new(service.Host);

    private async Task<RegisterSchoolView> RegisterSchoolAsync(int urn)
    {
        using var response = await api.Host.SendAsync(HttpMethod.Get, $"api/v1/schools/register/{urn}", api.TenantAdmin(Guid.NewGuid()));
        return await RegisterApi.ReadAsync<RegisterSchoolView>(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_Windows_1252_GIAS_file_imports_its_good_rows_and_reports_each_bad_row_by_line_with_the_reason()
    {
        var urns = Enumerable.Range(0, 8).Select(_ => RegisterData.NewUrn()).ToArray();
        var file = new GiasFile()
            .School(urns[0], "École Saint-Jean, \"The Old School\"", trust: "Trust, With Comma")
            .School(urns[1], "Two\nLine Primary", phase: "Secondary");
        var badUrn = file.Raw(string.Join(',', Enumerable.Repeat("x", GiasFile.ColumnCount)));
        var badDate = file.WithValue(urns[2], "OpenDate", "1998/09/01");
        file.School(urns[3], "Green Lane Primary");
        file.School(urns[3], "Green Lane Primary Again");
        var repeated = file.LineOf[urns[3]];
        var shortRow = file.Raw($"{urns[4]},383,Leeds");
        var noName = file.WithValue(urns[5], "EstablishmentName", " ");

        var report = await api.ImportAsync(file.Windows1252());

        var import = report.Import;
        Assert.Equal((ImportStatus.Completed, "windows-1252"), (import.Status, import.Encoding));
        Assert.Equal((8L, 3L, 3L, 0L, 5L), (import.Read, import.Imported, import.Registered, import.Unchanged, import.Rejected));
        Assert.Equal([badUrn, badDate, repeated, shortRow, noName], report.RejectedRows.Select(r => r.Line));
        Assert.Contains("URN", report.RejectedRows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("OpenDate", report.RejectedRows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("repeated", report.RejectedRows[2].Reason, StringComparison.Ordinal);
        Assert.Contains("3 fields", report.RejectedRows[3].Reason, StringComparison.Ordinal);
        var ecole = await RegisterSchoolAsync(urns[0]);
        Assert.Equal(("École Saint-Jean, \"The Old School\"", "Trust, With Comma", "Leeds", "Yorkshire and the Humber"), (ecole.Name, ecole.Trust, ecole.LocalAuthority, ecole.Region));
        Assert.Equal(("Two\nLine Primary", EducationPhase.Secondary), ((await RegisterSchoolAsync(urns[1])).Name, (await RegisterSchoolAsync(urns[1])).EducationPhase));
        Assert.Equal("Green Lane Primary", (await RegisterSchoolAsync(urns[3])).Name);
    }

    [Fact]
    public async Task Re_importing_the_same_file_updates_nothing_and_a_changed_row_is_an_update_not_a_duplicate()
    {
        var (a, b) = (RegisterData.NewUrn(), RegisterData.NewUrn());
        var first = new GiasFile().School(a, "Alpha Primary").School(b, "Beta Primary");
        await api.ImportAsync(first.Utf8());

        var again = await api.ImportAsync(first.Utf8());
        var changed = await api.ImportAsync(new GiasFile().School(a, "Alpha Primary").School(b, "Beta Academy").Utf8());

        Assert.Equal((2L, 0L, 2L), (again.Import.Read, again.Import.Imported, again.Import.Unchanged));
        Assert.Equal((1L, 0L, 1L, 1L), (changed.Import.Imported, changed.Import.Registered, changed.Import.Updated, changed.Import.Unchanged));
        Assert.Equal("Beta Academy", (await RegisterSchoolAsync(b)).Name);
    }

    [Fact]
    public async Task A_UTF8_file_with_a_BOM_is_read_as_UTF8()
    {
        var urn = RegisterData.NewUrn();

        var report = await api.ImportAsync(new GiasFile().School(urn, "Ysgol Gymraeg Brynaman – École").Utf8(bom: true));

        Assert.Equal(("utf-8", 1L), (report.Import.Encoding, report.Import.Imported));
        Assert.Equal("Ysgol Gymraeg Brynaman – École", (await RegisterSchoolAsync(urn)).Name);
    }

    [Fact]
    public async Task A_file_without_the_register_columns_fails_and_names_what_is_missing()
    {
        var report = await api.ImportAsync("URN,EstablishmentName\r\n100001,Somewhere\r\n"u8.ToArray());

        Assert.Equal(ImportStatus.Failed, report.Import.Status);
        Assert.Contains("'GOR (name)'", report.Import.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_rows_are_paged_with_a_cursor()
    {
        var file = new GiasFile();
        var lines = Enumerable.Range(0, 5).Select(_ => file.WithValue(RegisterData.NewUrn(), "CloseDate", "someday")).ToList();
        using var upload = await api.UploadAsync(file.Utf8());
        var id = (await RegisterApi.ReadAsync<SchoolImportView>(upload, HttpStatusCode.Accepted)).Id;
        await api.WaitAsync(id, TimeSpan.FromMinutes(5));

        using var first = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{id}?limit=3", api.NationalTeam);
        var page1 = await RegisterApi.ReadAsync<SchoolImportReport>(first, HttpStatusCode.OK);
        using var second = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{id}?limit=3&cursor={page1.NextCursor}", api.NationalTeam);
        var page2 = await RegisterApi.ReadAsync<SchoolImportReport>(second, HttpStatusCode.OK);

        Assert.Equal(lines, page1.RejectedRows.Concat(page2.RejectedRows).Select(r => r.Line));
        Assert.Null(page2.NextCursor);
    }

    [Fact]
    public async Task The_upload_answers_202_with_the_import_and_its_location_and_a_retry_with_the_same_key_returns_it()
    {
        var file = new GiasFile().School(RegisterData.NewUrn(), "Retry Primary").Utf8();
        var key = Guid.NewGuid().ToString();

        using var first = await api.UploadAsync(file, idempotencyKey: key);
        var started = await RegisterApi.ReadAsync<SchoolImportView>(first, HttpStatusCode.Accepted);
        await api.WaitAsync(started.Id, TimeSpan.FromMinutes(5));
        using var retry = await api.UploadAsync(file, idempotencyKey: key);
        var retried = await RegisterApi.ReadAsync<SchoolImportView>(retry, HttpStatusCode.Accepted);

        Assert.Equal($"/api/v1/platform/school-imports/{started.Id}", first.Headers.Location?.OriginalString);
        Assert.Equal((started.Id, ImportStatus.Completed, 1L), (retried.Id, retried.Status, retried.Read));
    }

    [Fact]
    public async Task The_progress_stream_sends_server_sent_events_and_ends_with_done_and_the_final_counts()
    {
        var file = new GiasFile();
        foreach (var urn in Enumerable.Range(0, 300).Select(_ => RegisterData.NewUrn()))
        {
            file.School(urn, $"Progress School {urn}");
        }

        using var upload = await api.UploadAsync(file.Utf8());
        var id = (await RegisterApi.ReadAsync<SchoolImportView>(upload, HttpStatusCode.Accepted)).Id;
        using var stream = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{id}/progress", api.NationalTeam);
        var text = await stream.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var done = events[^1].Split('\n');
        Assert.Equal("event: done", done[0]);
        var final = JsonSerializer.Deserialize<SchoolImportView>(done[1]["data: ".Length..], RegisterApi.Json)!;
        Assert.Equal((ImportStatus.Completed, 300L, 300L), (final.Status, final.Read, final.Imported));
        Assert.All(events[..^1], e => Assert.StartsWith("event: progress", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_national_team_imports_and_reads_imports()
    {
        var file = new GiasFile().School(RegisterData.NewUrn(), "Guarded Primary").Utf8();

        using var anonymous = await api.Host.SendAsync(HttpMethod.Post, RegisterApi.Imports, token: null, new ByteArrayContent(file));
        using var tenantAdmin = await api.UploadAsync(file, api.TenantAdmin(Guid.NewGuid()));
        using var read = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{Guid.NewGuid()}", api.TenantAdmin(Guid.NewGuid()));

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { anonymous.StatusCode, tenantAdmin.StatusCode, read.StatusCode });
    }

    [Fact]
    public async Task A_body_that_is_not_CSV_is_415_and_an_empty_file_is_400()
    {
        using var json = await api.UploadAsync("{}"u8.ToArray(), contentType: "application/json");
        using var empty = await api.UploadAsync([]);

        await Problems.AssertProblemAsync(json, HttpStatusCode.UnsupportedMediaType);
        await Problems.AssertProblemAsync(empty, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_import_is_404_and_bad_paging_is_400_per_field()
    {
        using var unknown = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{Guid.NewGuid()}", api.NationalTeam);
        using var unknownProgress = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{Guid.NewGuid()}/progress", api.NationalTeam);
        using var badPaging = await api.Host.SendAsync(HttpMethod.Get, $"{RegisterApi.Imports}/{Guid.NewGuid()}?limit=201&cursor=%25%25", api.NationalTeam);

        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(unknownProgress, HttpStatusCode.NotFound);
        var problem = await Problems.AssertProblemAsync(badPaging, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task A_national_scale_file_of_50000_rows_imports_every_row_once()
    {
        var file = new GiasFile();
        var first = 8_000_000 + (Random.Shared.Next(0, 30) * 60_000);
        for (var i = 0; i < 50_000; i++)
        {
            file.School(first + i, string.Create(CultureInfo.InvariantCulture, $"Register School {i}, Ward {i % 97}"), phase: i % 3 == 0 ? "Secondary" : "Primary");
        }

        file.Raw("not,a,school");

        var report = await api.ImportAsync(file.Utf8(), within: TimeSpan.FromMinutes(15));

        Assert.Equal((ImportStatus.Completed, 50_001L, 50_000L, 1L), (report.Import.Status, report.Import.Read, report.Import.Imported + report.Import.Unchanged, report.Import.Rejected));
        Assert.Equal(50_002L, Assert.Single(report.RejectedRows).Line);
    }
}
