namespace Spp.Contracts.Enquiry;

/// <summary>A tenant reworded a question of its enquiry bank; <see cref="Version"/> is the new wording's version.</summary>
public sealed record EnquiryQuestionReworded(Guid TenantId, string QuestionId, EnquiryTheme Theme, int Version);
