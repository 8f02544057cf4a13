namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// What the scenario writes where pupils may be named (evidence notes, findings, attachment names).
/// A test gives a canary name here to follow it through the platform's logs, spans and stores.
/// </summary>
internal sealed record CanaryText(string PupilName)
{
    public static CanaryText None { get; } = new("a Year 5 pupil");

    public string EvidenceNote => $"{PupilName} said she reads every night with her brother";

    public string Finding => $"Pupils such as {PupilName} choose books widely";

    public string AttachmentName => $"Reading log of {PupilName}.pdf";
}
