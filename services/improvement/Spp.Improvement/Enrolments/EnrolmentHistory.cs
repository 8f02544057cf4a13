namespace Spp.Improvement.Enrolments;

/// <summary>The names of what <see cref="EnrolmentHistoryEntry.What"/> records.</summary>
public static class EnrolmentHistory
{
    /// <summary>The tenant enrolled the school for the first time.</summary>
    public const string Enrolled = "enrolled";

    /// <summary>The tenant enrolled the school again after it had ended.</summary>
    public const string Reenrolled = "re-enrolled";

    /// <summary>The tenant withdrew the school.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The national team moved the school here from another tenant.</summary>
    public const string TransferredIn = "transferred-in";

    /// <summary>The national team moved the school to another tenant.</summary>
    public const string TransferredOut = "transferred-out";

    /// <summary>The school joined a partnership.</summary>
    public const string JoinedPartnership = "joined-partnership";

    /// <summary>The school left a partnership.</summary>
    public const string LeftPartnership = "left-partnership";
}
