using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spp.Gateway.Tests.Support;
using Spp.Grains;
using Spp.Improvement.Attachments;
using Spp.Improvement.Tests.Attachments.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Attachments;

/// <summary>The size limit as a setting: a service started with a small <c>Attachments__MaxBytes</c>.</summary>
public sealed class AttachmentSizeLimitTests : IAsyncLifetime
{
    private const long Limit = AttachmentOptions.ChunkBytes + 1_000;

    private readonly TempFolder _folder = new("attachments-limit");
    private ImprovementHost? _host;

    private ImprovementHost Host => _host!;

    public async ValueTask InitializeAsync() =>
        _host = await ImprovementHost.StartAsync(_folder.Sqlite(), new Dictionary<string, string?> { ["Attachments:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _folder.Dispose();
    }

    private async Task<bool> AnythingStoredForAsync(Guid cycleId)
    {
        var store = Host.App.Services.GetRequiredService<EvidenceAttachmentStore>();
        return (await store.UnlinkedBeforeAsync(DateTimeOffset.UtcNow.AddYears(1), 10_000, TestContext.Current.CancellationToken)).Any(u => u.CycleId == cycleId);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_413_before_anything_is_read()
    {
        var cycle = await EvidenceCycle.CreateAsync(Host.App.Services.GetRequiredService<IGrainFactory>());

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, cycle.World.Reviewer), Files.Content(Files.Pdf((int)Limit + 1), Files.PdfType));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("https://spp-platform.org/problems/attachment-too-large", problem.GetProperty("type").GetString());
        Assert.False(await AnythingStoredForAsync(cycle.CycleId));
    }

    [Fact]
    public async Task A_streamed_body_that_grows_over_the_limit_is_413_and_nothing_is_left_behind()
    {
        var cycle = await EvidenceCycle.CreateAsync(Host.App.Services.GetRequiredService<IGrainFactory>());

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, cycle.World.Reviewer), Files.Streamed(5 * Limit));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.False(await AnythingStoredForAsync(cycle.CycleId));
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_accepted()
    {
        var cycle = await EvidenceCycle.CreateAsync(Host.App.Services.GetRequiredService<IGrainFactory>());

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, cycle.World.Reviewer), Files.Streamed(Limit));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
