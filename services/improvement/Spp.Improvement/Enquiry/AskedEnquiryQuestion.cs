using Spp.Contracts.Enquiry;

namespace Spp.Improvement.Enquiry;

/// <summary>A question exactly as a cycle asked it: the wording of one version.</summary>
public sealed record AskedEnquiryQuestion(string QuestionId, int Version, EnquiryTheme Theme, string Text);
