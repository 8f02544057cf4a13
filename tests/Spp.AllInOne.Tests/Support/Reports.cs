using System.Net;
using System.Net.Http.Json;

namespace Spp.AllInOne.Tests.Support;

/// <summary>Reads the reporting projection's tenant list, <c>GET /api/v1/platform/reports/tenants</c>, every page.</summary>
internal static class Reports
{
    public static async Task<IReadOnlyList<ReportedTenant>> TenantsAsync(AllInOneProcess platform)
    {
        var tenants = new List<ReportedTenant>();
        string? cursor = null;
        do
        {
            var path = "api/v1/platform/reports/tenants?limit=200" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await platform.SendAsync(HttpMethod.Get, path, platform.NationalTeam);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Fail($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}\nOutput of the platform:\n{platform.Output}");
            }

            var page = await response.Content.ReadFromJsonAsync<ReportPage>(TestContext.Current.CancellationToken);
            tenants.AddRange(page!.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return tenants;
    }

    /// <summary>Waits until the projection shows <paramref name="slug"/> once, with <paramref name="status"/> (and <paramref name="name"/> when given).</summary>
    public static Task<TimeSpan> WaitForAsync(AllInOneProcess platform, string slug, string status, string? name = null) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var found = (await TenantsAsync(platform)).Where(t => t.Slug == slug).ToList();
                return (found is [{ } single] && single.Status == status && (name is null || single.Name == name), string.Join(", ", found));
            },
            TimeSpan.FromSeconds(30),
            $"the tenant report listing '{slug}' as {status}");
}

internal sealed record ReportedTenant(string Id, string Slug, string Name, string Status);

internal sealed record ReportPage(IReadOnlyList<ReportedTenant> Items, string? NextCursor);
