namespace Spp.Contracts.Enquiry;

/// <summary>A tenant retired a question: new cycles no longer offer it; cycles that used it keep its wording.</summary>
public sealed record EnquiryQuestionRetired(Guid TenantId, string QuestionId, EnquiryTheme Theme, int Version);
