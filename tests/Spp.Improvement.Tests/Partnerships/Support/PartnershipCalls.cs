using System.Net;
using System.Text.Json;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Partnerships.Support;

/// <summary>The calls that set a partnership up over HTTP, asserting each succeeded.</summary>
internal static class PartnershipCalls
{
    public const string PartnershipsRoute = "api/v1/partnerships";

    /// <summary>Reads a JSON body after asserting the status (showing the body when it differs) and that the ETag header matches <paramref name="etag"/>.</summary>
    public static async Task<T> AssertAsync<T>(HttpResponseMessage response, HttpStatusCode status, Func<T, string>? etag = null)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var body = (await TenantResponses.ReadAsync<T>(response))!;
        if (etag is not null)
        {
            Assert.Equal(etag(body), response.Headers.ETag?.ToString());
        }

        return body;
    }

    /// <summary>Asserts two API bodies are the same value (records holding lists compare those by reference, so compare their JSON).</summary>
    public static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public static async Task<PartnershipView> CreateAsync(ImprovementHost host, TenantCallers callers, string name = "Hilltop Partnership")
    {
        using var response = await host.SendAsync(HttpMethod.Post, PartnershipsRoute, callers.AdminToken, new { name, phase = "Build", phaseStarts = "2026-09-01" });
        return await AssertAsync<PartnershipView>(response, HttpStatusCode.Created, p => p.ETag);
    }

    /// <summary>A partnership of <paramref name="count"/> enrolled schools with the tenant's facilitator appointed.</summary>
    public static async Task<(PartnershipView Partnership, List<EnrolledSchool> Schools)> WithSchoolsAsync(ImprovementHost host, TenantCallers callers, int count)
    {
        var partnership = await CreateAsync(host, callers);
        using (var appointed = await host.SendAsync(HttpMethod.Put, $"{PartnershipsRoute}/{partnership.Id}/facilitator", callers.AdminToken, new { personId = callers.FacilitatorId }, ifMatch: partnership.ETag))
        {
            partnership = await AssertAsync<PartnershipView>(appointed, HttpStatusCode.OK, p => p.ETag);
        }

        var schools = new List<EnrolledSchool>();
        for (var i = 0; i < count; i++)
        {
            var school = await TenantSchools.EnrolAsync(callers.Grains, callers.TenantId);
            using var added = await host.SendAsync(HttpMethod.Post, $"{PartnershipsRoute}/{partnership.Id}/schools", callers.AdminToken, new { urn = school.Urn }, ifMatch: partnership.ETag);
            partnership = await AssertAsync<PartnershipView>(added, HttpStatusCode.OK, p => p.ETag);
            schools.Add(school);
        }

        return (partnership, schools);
    }

    public static async Task<RoundView> ScheduleAsync(ImprovementHost host, TenantCallers callers, Guid partnershipId, string? token = null)
    {
        using var response = await host.SendAsync(
            HttpMethod.Post, $"{PartnershipsRoute}/{partnershipId}/rounds", token ?? callers.FacilitatorToken, new { name = "2026–27 round 1", windowStarts = "2026-10-01", windowEnds = "2026-12-18" });
        return await AssertAsync<RoundView>(response, HttpStatusCode.Created, r => r.ETag);
    }
}
