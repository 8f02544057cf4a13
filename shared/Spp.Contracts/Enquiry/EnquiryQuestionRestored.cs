namespace Spp.Contracts.Enquiry;

/// <summary>A tenant brought a retired question back into its enquiry bank, at its latest wording.</summary>
public sealed record EnquiryQuestionRestored(Guid TenantId, string QuestionId, EnquiryTheme Theme, int Version);
