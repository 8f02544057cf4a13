using Spp.Contracts.Enquiry;
using Spp.Grains;

namespace Spp.Improvement.Enquiry;

/// <summary>
/// A tenant's enquiry bank, keyed by the tenant id: the "To what extent…" questions of the four themes.
/// It starts as the starter bank (nothing is written until the tenant first changes it); every
/// wording a question ever had is kept, so a cycle shows the question exactly as it was asked.
/// All questions share the bank's ETag.
/// </summary>
public interface IEnquiryBankGrain : IGrainWithGuidKey
{
    /// <summary>The questions by theme: the active ones, and the retired ones too when <paramref name="includeRetired"/>.</summary>
    [ReadOnly]
    Task<EnquiryBankView> Get(bool includeRetired);

    /// <summary>One question with every wording it has had; <see cref="GrainNotFoundException"/> when the bank has no such question.</summary>
    [ReadOnly]
    Task<EnquiryQuestionView> GetQuestion(string questionId);

    /// <summary>The question as it was asked at <paramref name="version"/> (retired or not), or null when there is no such question or version.</summary>
    [ReadOnly]
    Task<AskedEnquiryQuestion?> Find(string questionId, int version);

    /// <summary>Adds a question at version 1. Adding the same id with the same theme and wording again returns it unchanged.</summary>
    Task<EnquiryQuestionView> Add(string questionId, EnquiryTheme theme, string text, Guid addedBy);

    /// <summary>Rewords an active question: a new version; earlier versions stay readable.</summary>
    Task<EnquiryQuestionView> Reword(string questionId, string text, Guid rewordedBy, string? ifMatch);

    /// <summary>Retires an active question: no longer offered to new cycles, still readable.</summary>
    Task<EnquiryQuestionView> Retire(string questionId, Guid retiredBy, string? ifMatch);

    /// <summary>Brings a retired question back at its latest wording.</summary>
    Task<EnquiryQuestionView> Restore(string questionId, string? ifMatch);
}
