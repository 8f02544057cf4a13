using Spp.Contracts.Enquiry;
using Spp.Grains;

namespace Spp.Improvement.Enquiry;

/// <inheritdoc cref="IEnquiryBankGrain"/>
[GrainType("enquiry-bank")]
public sealed class EnquiryBankGrain(TimeProvider time) : Grain<EnquiryBankState>, IEnquiryBankGrain
{
    protected override Guid? EventTenantId => GetPrimaryKey();

    /// <summary>
    /// The bank's questions. A bank never written is the starter bank: reads need no write, and the
    /// first change stores the starter questions with it, so the history a cycle relies on is kept
    /// in the tenant's own state from then on.
    /// </summary>
    private List<EnquiryQuestionRecord> Questions
    {
        get
        {
            if (!Exists && State.Questions.Count == 0)
            {
                State.Questions = StarterEnquiryBank.Create();
            }

            return State.Questions;
        }
    }

    public Task<EnquiryBankView> Get(bool includeRetired)
    {
        var themes = Enum.GetValues<EnquiryTheme>()
            .Select(theme => new EnquiryThemeView(
                theme,
                [.. Questions
                    .Where(q => q.Theme == theme && (includeRetired || !q.IsRetired))
                    .Select(q => new EnquiryQuestionSummary(q.Id, q.Current.Version, q.Current.Text, q.IsRetired))]))
            .ToList();
        return Task.FromResult(new EnquiryBankView(themes, ETag));
    }

    public Task<EnquiryQuestionView> GetQuestion(string questionId) => Task.FromResult(View(Question(questionId)));

    public Task<AskedEnquiryQuestion?> Find(string questionId, int version)
    {
        var question = Questions.Find(q => q.Id == questionId);
        var wording = question?.Wordings.Find(w => w.Version == version);
        return Task.FromResult(question is null || wording is null ? null : new AskedEnquiryQuestion(question.Id, wording.Version, question.Theme, wording.Text));
    }

    public Task<EnquiryQuestionView> Add(string questionId, EnquiryTheme theme, string text, Guid addedBy)
    {
        if (!EnquiryQuestionRules.IsQuestionId(questionId) || !Enum.IsDefined(theme))
        {
            throw new RuleViolationException("enquiry-question-invalid", "The question's id or theme is not valid.");
        }

        EnquiryQuestionRules.EnsureValidText(text);
        if (Questions.Find(q => q.Id == questionId) is { } existing)
        {
            if (existing.Theme != theme || existing.Wordings[0].Text != text)
            {
                throw new RuleViolationException("enquiry-question-exists", "A different question already has this id.");
            }

            // A retried add: the question as it stands, unchanged.
            LeaveUnchanged();
            return Task.FromResult(View(existing));
        }

        EnsureRoomIn(theme);
        EnsureNotAlreadyAsked(theme, text, except: null);
        var question = new EnquiryQuestionRecord
        {
            Id = questionId,
            Theme = theme,
            Wordings = [new EnquiryWordingRecord { Version = 1, Text = text, Since = time.GetUtcNow(), By = addedBy }],
        };
        Questions.Add(question);
        Raise(new EnquiryQuestionAdded(GetPrimaryKey(), questionId, theme, 1));
        return Task.FromResult(View(question));
    }

    public Task<EnquiryQuestionView> Reword(string questionId, string text, Guid rewordedBy, string? ifMatch)
    {
        EnsureETag(ifMatch);
        var question = Question(questionId);
        EnquiryQuestionRules.EnsureValidText(text);
        if (question.IsRetired)
        {
            throw new InvalidTransitionException("Retired", "reword");
        }

        if (question.Current.Text == text)
        {
            LeaveUnchanged();
            return Task.FromResult(View(question));
        }

        if (question.Wordings.Count >= EnquiryQuestionRules.MaxVersions)
        {
            throw new RuleViolationException("enquiry-question-versions-exhausted", $"A question can have at most {EnquiryQuestionRules.MaxVersions} wordings; add a new question instead.");
        }

        EnsureNotAlreadyAsked(question.Theme, text, except: question.Id);
        var version = question.Current.Version + 1;
        question.Wordings.Add(new EnquiryWordingRecord { Version = version, Text = text, Since = time.GetUtcNow(), By = rewordedBy });
        Raise(new EnquiryQuestionReworded(GetPrimaryKey(), question.Id, question.Theme, version));
        return Task.FromResult(View(question));
    }

    public Task<EnquiryQuestionView> Retire(string questionId, Guid retiredBy, string? ifMatch)
    {
        EnsureETag(ifMatch);
        var question = Question(questionId);
        if (question.IsRetired)
        {
            throw new InvalidTransitionException("Retired", "retire");
        }

        question.IsRetired = true;
        question.RetiredAt = time.GetUtcNow();
        question.RetiredBy = retiredBy;
        Raise(new EnquiryQuestionRetired(GetPrimaryKey(), question.Id, question.Theme, question.Current.Version));
        return Task.FromResult(View(question));
    }

    public Task<EnquiryQuestionView> Restore(string questionId, string? ifMatch)
    {
        EnsureETag(ifMatch);
        var question = Question(questionId);
        if (!question.IsRetired)
        {
            throw new InvalidTransitionException("Active", "restore");
        }

        EnsureRoomIn(question.Theme);
        EnsureNotAlreadyAsked(question.Theme, question.Current.Text, except: question.Id);
        question.IsRetired = false;
        question.RetiredAt = null;
        question.RetiredBy = null;
        Raise(new EnquiryQuestionRestored(GetPrimaryKey(), question.Id, question.Theme, question.Current.Version));
        return Task.FromResult(View(question));
    }

    private EnquiryQuestionRecord Question(string questionId) =>
        Questions.Find(q => q.Id == questionId) ?? throw new GrainNotFoundException("The enquiry question");

    private void EnsureRoomIn(EnquiryTheme theme)
    {
        if (Questions.Count(q => q.Theme == theme && !q.IsRetired) >= EnquiryQuestionRules.MaxActivePerTheme)
        {
            throw new RuleViolationException("enquiry-theme-full", $"A theme can offer at most {EnquiryQuestionRules.MaxActivePerTheme} questions at a time; retire one first.");
        }
    }

    private void EnsureNotAlreadyAsked(EnquiryTheme theme, string text, string? except)
    {
        if (Questions.Any(q => q.Theme == theme && !q.IsRetired && q.Id != except && string.Equals(q.Current.Text, text, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RuleViolationException("enquiry-question-duplicate", "This theme already asks the same question.");
        }
    }

    private EnquiryQuestionView View(EnquiryQuestionRecord q) => new(
        q.Id,
        q.Theme,
        q.FromStarterBank,
        q.IsRetired,
        q.RetiredAt,
        q.RetiredBy,
        q.Current.Version,
        q.Current.Text,
        [.. q.Wordings.Select(w => new EnquiryQuestionVersion(w.Version, w.Text, w.Since, w.By))],
        ETag);
}
