using Spp.Contracts.Enquiry;
using Spp.Grains;

namespace Spp.Improvement.Enquiry;

/// <summary>What an enquiry bank stores once the tenant first changes it. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class EnquiryBankState
{
    /// <summary>Every question the bank ever had, retired ones included, in the order they were added.</summary>
    public List<EnquiryQuestionRecord> Questions { get; set; } = [];
}

/// <summary>A stored question: its theme and every wording, oldest first.</summary>
public sealed class EnquiryQuestionRecord
{
    public string Id { get; set; } = string.Empty;

    public EnquiryTheme Theme { get; set; }

    public bool FromStarterBank { get; set; }

    public bool IsRetired { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public Guid? RetiredBy { get; set; }

    public List<EnquiryWordingRecord> Wordings { get; set; } = [];

    internal EnquiryWordingRecord Current => Wordings[^1];
}

/// <summary>One stored wording of a question.</summary>
public sealed class EnquiryWordingRecord
{
    public int Version { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset? Since { get; set; }

    public Guid? By { get; set; }
}
