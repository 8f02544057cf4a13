using Spp.Contracts.Enquiry;

namespace Spp.Improvement.Enquiry;

/// <summary>
/// The questions every tenant's bank starts with, written for this platform. A tenant that has never
/// changed its bank is read from here, so a wording below must never change once released: cycles
/// may already have asked it. Reword by adding a question with a new id instead.
/// </summary>
public static class StarterEnquiryBank
{
    private static readonly (string Id, EnquiryTheme Theme, string Text)[] Entries =
    [
        ("our-impact-1", EnquiryTheme.OurImpact, "To what extent do pupils of every background make strong progress from where they started?"),
        ("our-impact-2", EnquiryTheme.OurImpact, "To what extent can leaders show, with evidence, the difference that recent changes have made for pupils?"),
        ("our-impact-3", EnquiryTheme.OurImpact, "To what extent do pupils leave each key stage ready, in knowledge and in confidence, for the next one?"),
        ("our-impact-4", EnquiryTheme.OurImpact, "To what extent do attendance, wellbeing and attitudes to learning show the school's work paying off?"),
        ("our-impact-5", EnquiryTheme.OurImpact, "To what extent do families recognise the difference the school makes to their children?"),
        ("looking-forward-1", EnquiryTheme.LookingForward, "To what extent do staff share a clear picture of what the school wants to achieve over the next few years?"),
        ("looking-forward-2", EnquiryTheme.LookingForward, "To what extent do improvement priorities follow from an honest reading of the school's own evidence?"),
        ("looking-forward-3", EnquiryTheme.LookingForward, "To what extent are plans realistic about the time, money and people needed to carry them out?"),
        ("looking-forward-4", EnquiryTheme.LookingForward, "To what extent is the school growing the leaders it will need, at every level?"),
        ("looking-forward-5", EnquiryTheme.LookingForward, "To what extent does the school anticipate changes in its community and prepare for them?"),
        ("looking-inward-1", EnquiryTheme.LookingInward, "To what extent is the curriculum sequenced so that knowledge builds securely over time?"),
        ("looking-inward-2", EnquiryTheme.LookingInward, "To what extent does everyday teaching adapt to what pupils already know and can do?"),
        ("looking-inward-3", EnquiryTheme.LookingInward, "To what extent do staff have regular, worthwhile chances to learn from one another's practice?"),
        ("looking-inward-4", EnquiryTheme.LookingInward, "To what extent do staff feel safe to try new approaches and to say openly what is not working?"),
        ("looking-inward-5", EnquiryTheme.LookingInward, "To what extent are pupils who need extra help noticed early and supported well?"),
        ("looking-outward-1", EnquiryTheme.LookingOutward, "To what extent does the school go looking for good practice in other schools and learn from it?"),
        ("looking-outward-2", EnquiryTheme.LookingOutward, "To what extent does the school share its own expertise to help partner schools improve?"),
        ("looking-outward-3", EnquiryTheme.LookingOutward, "To what extent do families and the local community help shape the life and direction of the school?"),
        ("looking-outward-4", EnquiryTheme.LookingOutward, "To what extent does research and outside evidence inform the school's decisions about what to change?"),
        ("looking-outward-5", EnquiryTheme.LookingOutward, "To what extent do pupils gain experiences and connections beyond the school gates?"),
    ];

    /// <summary>A fresh copy of the starter questions, each at version 1, for a bank to adopt as its own.</summary>
    public static List<EnquiryQuestionRecord> Create() =>
    [
        .. Entries.Select(e => new EnquiryQuestionRecord
        {
            Id = e.Id,
            Theme = e.Theme,
            FromStarterBank = true,
            Wordings = [new EnquiryWordingRecord { Version = 1, Text = e.Text }],
        }),
    ];
}
