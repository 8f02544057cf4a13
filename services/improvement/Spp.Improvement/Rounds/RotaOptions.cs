namespace Spp.Improvement.Rounds;

/// <summary>Settings of the rota the platform proposes (configuration section <c>Rota</c>).</summary>
public sealed class RotaOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Rota";

    /// <summary>Most reviewers a proposal adds to each school's lead reviewer.</summary>
    public const int MaxExtraReviewers = 6;

    /// <summary>Reviewers proposed besides the lead reviewer, when there are leaders enough (0–6).</summary>
    public int ExtraReviewers { get; set; } = 1;
}
