namespace Spp.Contracts.Enquiry;

/// <summary>A tenant added a question to its enquiry bank (version 1).</summary>
public sealed record EnquiryQuestionAdded(Guid TenantId, string QuestionId, EnquiryTheme Theme, int Version);
