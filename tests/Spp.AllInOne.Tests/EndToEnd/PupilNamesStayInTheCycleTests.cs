using Spp.AllInOne.Tests.EndToEnd.Support;
using Spp.AllInOne.Tests.Support;
using Spp.Testing.Telemetry;

namespace Spp.AllInOne.Tests.EndToEnd;

/// <summary>
/// Evidence, findings and attachment names can name pupils. A canary pupil name written into all
/// three, while a cycle is walked to Closed with its refusals, must reach no log line, span, problem
/// body or outbox payload of the all-in-one.
/// </summary>
public sealed class PupilNamesStayInTheCycleTests : IDisposable
{
    private const string Canary = "Zebedee Quillfeather";

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_pupil_named_in_evidence_findings_and_an_attachment_name_appears_in_no_log_span_problem_or_event()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var settings = new Dictionary<string, string?>(receiver.ExporterSettings("spp-all-in-one"))
        {
            // Debug for the platform's own categories: the most any operator would turn on.
            ["Logging__LogLevel__Spp"] = "Debug",
        };
        var platform = await AllInOneProcess.StartAsync(_data.Path, settings: settings);
        string output;
        var api = new GatewayApi(platform);
        try
        {
            var scenario = new RoundScenario(api, new CanaryText(Canary));
            await scenario.OnboardAsync();
            await scenario.ImportRegisterAsync();
            await scenario.EnrolAndInviteAsync();
            await scenario.FormPartnershipAsync();
            await scenario.StartRoundAsync();
            var walk = await scenario.CycleAsync(RoundScenario.Urns[0]);
            await scenario.WalkToClosedAsync(walk, showRules: true);

            // The canary is really in the cycle: the checks below are not vacuous.
            var cycle = await walk.ReadAsync(walk.School.Headteacher);
            Assert.Contains(Canary, cycle.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            // Stopping flushes the span exporter and the log buffers.
            await platform.StopAsync();
            output = platform.Output;
            await platform.DisposeAsync();
        }

        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.Contains("\"Category\":\"Spp.", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Canary, StringComparison.OrdinalIgnoreCase) || l.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase));

        var spans = receiver.Spans;
        Assert.Contains(spans, s => s.Attributes.Count > 0);
        Assert.DoesNotContain(spans, s => s.Texts().Any(t => t.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(receiver.Payloads, p => System.Text.Encoding.UTF8.GetString(p).Contains("Quillfeather", StringComparison.OrdinalIgnoreCase));

        Assert.NotEmpty(api.ProblemBodies);
        Assert.DoesNotContain(api.ProblemBodies, b => b.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase));

        var outbox = OutboxPayloads.Read(_data.Path);
        Assert.Contains(outbox, r => r.Type.Contains("Evidence", StringComparison.Ordinal));
        Assert.DoesNotContain(outbox, r => r.Payload.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase));
    }
}
