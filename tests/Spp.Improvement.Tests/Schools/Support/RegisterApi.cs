using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Api;
using Spp.Improvement.Schools;
using Spp.Improvement.Schools.Imports;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Schools.Support;

/// <summary>Calls of the register, import and enrolment routes as the gateway would forward them.</summary>
internal sealed class RegisterApi(ImprovementHost host)
{
    public const string Imports = "api/v1/platform/school-imports";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public ImprovementHost Host => host;

    public IGrainFactory Grains => host.App.Services.GetRequiredService<IGrainFactory>();

    private readonly string nationalTeamPerson = Guid.NewGuid().ToString();

    /// <summary>A fresh token each time: internal tokens are short-lived and a long import outlives one.</summary>
    public string NationalTeam => host.NationalTeam(nationalTeamPerson);

    public string TenantAdmin(Guid tenantId) => host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [PlatformRoles.TenantAdmin]);

    public string Facilitator(Guid tenantId) => host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [PlatformRoles.Facilitator]);

    public async Task<SchoolRegisterData> RegisterAsync(string name = "Hillside Primary School", int? urn = null)
    {
        var data = RegisterData.Of(urn ?? RegisterData.NewUrn(), name);
        await Grains.GetGrain<ISchoolGrain>(data.Urn.ToString(CultureInfo.InvariantCulture)).Register(data);
        return data;
    }

    public async Task<HttpResponseMessage> UploadAsync(byte[] file, string? token = null, string contentType = "text/csv", string? idempotencyKey = null)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await host.SendAsync(HttpMethod.Post, Imports, token ?? NationalTeam, content, idempotencyKey: idempotencyKey);
    }

    /// <summary>Uploads a file and waits for its import to end.</summary>
    public async Task<SchoolImportReport> ImportAsync(byte[] file, TimeSpan? within = null)
    {
        using var response = await UploadAsync(file);
        var started = await ReadAsync<SchoolImportView>(response, HttpStatusCode.Accepted);
        // Imports run one file at a time per process, so a test may wait behind another test's import.
        return await WaitAsync(started.Id, within ?? TimeSpan.FromMinutes(5));
    }

    public async Task<SchoolImportReport> WaitAsync(Guid id, TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (true)
        {
            using var response = await host.SendAsync(HttpMethod.Get, $"{Imports}/{id}?limit=200", NationalTeam);
            var report = await ReadAsync<SchoolImportReport>(response, HttpStatusCode.OK);
            if (report.Import.Status != ImportStatus.Running)
            {
                return report;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"The import did not end within {within}.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }
}
