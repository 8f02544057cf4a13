namespace Spp.Improvement.Rounds;

/// <summary>Body of scheduling a round.</summary>
public sealed record CreateRoundRequest(string? Name, DateOnly? WindowStarts, DateOnly? WindowEnds);

/// <summary>Body of asking for a proposed rota (optional): how many reviewers besides each lead.</summary>
public sealed record ProposeRotaRequest(int? ExtraReviewers);

/// <summary>Body of the facilitator's rota: the whole rota, one entry per school.</summary>
public sealed record SetRotaRequest(IReadOnlyList<RotaEntryRequest?>? Rota);

/// <summary>Who reviews one school.</summary>
public sealed record RotaEntryRequest(int? Urn, ReviewerRequest? LeadReviewer, IReadOnlyList<ReviewerRequest?>? Reviewers);

/// <summary>A reviewer and the partner school they come from.</summary>
public sealed record ReviewerRequest(Guid? PersonId, int? Urn);

/// <summary>A page of rounds; <paramref name="NextCursor"/> fetches the next page, null on the last.</summary>
public sealed record RoundPage(IReadOnlyList<RoundView> Items, string? NextCursor);
