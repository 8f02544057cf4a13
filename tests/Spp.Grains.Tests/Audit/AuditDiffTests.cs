using System.Text.Json.Nodes;
using Spp.Grains.Hosting.Audit;

namespace Spp.Grains.Tests.Audit;

public sealed class AuditDiffTests
{
    private static readonly HashSet<string> NoneRedacted = [];

    [Fact]
    public void A_first_write_records_every_field_as_new()
    {
        var changes = AuditDiff.Compute(null, """{"name":"Acme","schools":[1,2]}""", NoneRedacted);
        Assert.Equal(["name", "schools[0]", "schools[1]"], changes.Select(c => c.Path));
        Assert.All(changes, c => Assert.Null(c.Before));
        Assert.Equal("Acme", changes[0].After!.GetValue<string>());
    }

    [Fact]
    public void Only_changed_leaves_are_recorded_with_their_paths()
    {
        var changes = AuditDiff.Compute(
            """{"name":"Acme","team":{"lead":"a","reviewers":["b","c"]},"count":1}""",
            """{"name":"Acme","team":{"lead":"a","reviewers":["b","d","e"]},"count":1}""",
            NoneRedacted);
        Assert.Equal(["team.reviewers[1]", "team.reviewers[2]"], changes.Select(c => c.Path));
        Assert.Equal("c", changes[0].Before!.GetValue<string>());
        Assert.Equal("d", changes[0].After!.GetValue<string>());
        Assert.Null(changes[1].Before);
    }

    [Fact]
    public void Redacted_members_record_that_they_changed_but_never_their_content()
    {
        var changes = AuditDiff.Compute(
            """{"evidence":[{"kind":"Observation","note":"spoke with Zebedee Canary"}]}""",
            """{"evidence":[{"kind":"PupilVoice","note":"spoke with Zebedee Canary again","detail":{"text":"Zebedee"}}]}""",
            new HashSet<string> { "note", "detail" });
        Assert.Equal(["evidence[0].kind", "evidence[0].note", "evidence[0].detail.text"], changes.Select(c => c.Path));
        var json = new JsonArray([.. changes.Select(c => new JsonObject { ["before"] = c.Before?.DeepClone(), ["after"] = c.After?.DeepClone() })]).ToJsonString();
        Assert.DoesNotContain("Zebedee", json, StringComparison.Ordinal);
        Assert.Equal(AuditDiff.RedactedMarker, changes[1].After!.GetValue<string>());
    }

    [Fact]
    public void An_unchanged_state_records_nothing()
    {
        Assert.Empty(AuditDiff.Compute("""{"a":[1,{"b":null}]}""", """{"a":[1,{"b":null}]}""", NoneRedacted));
    }
}
