namespace Spp.Improvement.Api;

/// <summary>Body of a new action; only the title is required while the plan is drafted.</summary>
public sealed record CreateActionRequest(string? Title, string? Description, Guid? OwnerId, DateOnly? DueOn, string? SuccessMeasure, string? Priority);

/// <summary>Body of an action change: the fields given replace the current ones.</summary>
public sealed record ChangeActionRequest(string? Title, string? Description, Guid? OwnerId, DateOnly? DueOn, string? SuccessMeasure, string? Priority);

/// <summary>Body of a status update: NotStarted, InProgress, Done or Blocked, with an optional note.</summary>
public sealed record StatusUpdateRequest(string? Status, string? Note);

/// <summary>Body of a support offer (to this school) or request (from this school).</summary>
public sealed record SupportRequest(int? FromUrn, int? ToUrn, Guid? ActionId, string? Description);

/// <summary>A measure's baseline or target.</summary>
public sealed record MeasurePointRequest(decimal? Value, DateOnly? On);

/// <summary>Body of a new measure: level is Leadership, Partnership, StaffPractice or Pupils.</summary>
public sealed record MeasureRequest(string? Level, string? Name, Guid? ActionId, MeasurePointRequest? Baseline, MeasurePointRequest? Target);

/// <summary>Body of a reading of a measure.</summary>
public sealed record ReadingRequest(decimal? Value, DateOnly? TakenOn, string? Note);

/// <summary>Body of a qualitative feedback entry.</summary>
public sealed record FeedbackRequest(string? Level, string? Text);
