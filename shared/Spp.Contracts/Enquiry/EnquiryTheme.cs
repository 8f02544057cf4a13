namespace Spp.Contracts.Enquiry;

/// <summary>The four themes of the enquiry framework; every "To what extent…" question belongs to one.</summary>
public enum EnquiryTheme
{
    /// <summary>The difference the school makes for its pupils and community, and how it knows.</summary>
    OurImpact,

    /// <summary>Where the school is heading: vision, priorities, plans and the capacity to carry them out.</summary>
    LookingForward,

    /// <summary>The school's own practice: curriculum, teaching, support for pupils, staff learning and culture.</summary>
    LookingInward,

    /// <summary>How the school learns from and contributes to others: partner schools, families, research.</summary>
    LookingOutward,
}
