using Spp.Contracts.Enquiry;

namespace Spp.Improvement.Enquiry;

/// <summary>A tenant's enquiry bank as the API returns it: every theme in framework order, with the ETag to send when changing it.</summary>
public sealed record EnquiryBankView(IReadOnlyList<EnquiryThemeView> Themes, string ETag);

/// <summary>One theme's questions, in the order they were added.</summary>
public sealed record EnquiryThemeView(EnquiryTheme Theme, IReadOnlyList<EnquiryQuestionSummary> Questions);

/// <summary>A question at its current wording.</summary>
public sealed record EnquiryQuestionSummary(string Id, int Version, string Text, bool IsRetired);
