using System.Net;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// Two of the school's leaders editing the self-review at once: each rewords a long-list item with the ETag
/// they both read. One wins; the other is refused with 412 and the current ETag, retries with it,
/// and both edits are kept.
/// </summary>
internal static class ConcurrentEdit
{
    public static async Task ShowOneWinsAndNothingIsLostAsync(GatewayApi api, CycleWalk walk)
    {
        var school = walk.School;
        var first = await walk.CreatedAsync("/self-review/long-list", school.Staff, new { text = "Attendance" });
        var second = await walk.CreatedAsync("/self-review/long-list", school.SeniorLeader, new { text = "Feedback" });
        var read = walk.ETag;

        var edits = await Task.WhenAll(
            api.SendAsync(HttpMethod.Patch, $"{walk.Path}/self-review/long-list/{first}", school.Headteacher.Token, new { text = "Attendance of disadvantaged pupils" }, read),
            api.SendAsync(HttpMethod.Patch, $"{walk.Path}/self-review/long-list/{second}", school.SeniorLeader.Token, new { text = "Written feedback in maths" }, read));

        Assert.True(edits.Count(e => e.Status == HttpStatusCode.OK) == 1, string.Join(" | ", edits.Select(e => $"{(int)e.Status} {e.Body}")));
        var winner = Assert.Single(edits, e => e.Status == HttpStatusCode.OK);
        var loser = edits.Single(e => e != winner);
        Assert.True(loser.Status == HttpStatusCode.PreconditionFailed, $"{(int)loser.Status} {loser.Body}");
        Assert.Equal(GatewayApi.ProblemBase + "precondition-failed", loser.Body.GetProperty("type").GetString());
        Assert.Equal(winner.CurrentETag, loser.ETag);

        var (loserItem, loserPerson, loserText) = winner == edits[0]
            ? (second, school.SeniorLeader, "Written feedback in maths")
            : (first, school.Headteacher, "Attendance of disadvantaged pupils");
        var retried = await api.OkAsync(HttpMethod.Patch, $"{walk.Path}/self-review/long-list/{loserItem}", loserPerson.Token, new { text = loserText }, loser.ETag);
        walk.ETag = retried.CurrentETag;

        var longList = (await walk.ReadAsync(school.Headteacher)).GetProperty("selfReview").GetProperty("longList").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains("Attendance of disadvantaged pupils", longList);
        Assert.Contains("Written feedback in maths", longList);
    }
}
