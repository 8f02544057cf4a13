namespace Spp.Improvement.Actions;

/// <summary>
/// How much one plan holds. A plan is read as one document, so it is bounded instead of paged;
/// the limits are well above what a school's plan for one cycle needs.
/// </summary>
public static class ActionPlanLimits
{
    public const int MaxActions = 40;
    public const int MaxStatusUpdates = 200;
    public const int MaxSupport = 100;
    public const int MaxMeasures = 40;
    public const int MaxReadings = 200;
    public const int MaxFeedback = 200;

    public const int TitleLength = 200;
    public const int TextLength = 4000;
    public const int MeasureTextLength = 1000;
    public const int NoteLength = 2000;

    /// <summary>Largest magnitude of a measure's value; keeps values meaningful and storable everywhere.</summary>
    public const decimal MaxValue = 1_000_000_000m;
}
