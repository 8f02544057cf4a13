using Spp.Contracts.Enquiry;

namespace Spp.Improvement.Enquiry;

/// <summary>
/// One question with its history. <see cref="ETag"/> is the bank's: send it in <c>If-Match</c> to
/// reword, retire or restore.
/// </summary>
public sealed record EnquiryQuestionView(
    string Id,
    EnquiryTheme Theme,
    bool FromStarterBank,
    bool IsRetired,
    DateTimeOffset? RetiredAt,
    Guid? RetiredBy,
    int Version,
    string Text,
    IReadOnlyList<EnquiryQuestionVersion> Versions,
    string ETag);

/// <summary>One wording of a question. Starter-bank wordings have no author or time.</summary>
public sealed record EnquiryQuestionVersion(int Version, string Text, DateTimeOffset? Since, Guid? By);
