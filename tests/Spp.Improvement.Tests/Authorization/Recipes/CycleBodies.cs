using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>Valid bodies for the review cycle's routes, so that a refusal is about the caller and never about the request.</summary>
internal static class CycleBodies
{
    private const string Cycle = "/api/v1/cycles/{id:guid}";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static IReadOnlyDictionary<string, Func<AuthorizationWorld, object>> All { get; } = new Dictionary<string, Func<AuthorizationWorld, object>>
    {
        [$"PUT {Cycle}/team"] = w => new { leadReviewer = new { personId = w.Cycle.LeadReviewer, urn = w.Cycle.LeadUrn }, reviewers = new[] { new { personId = w.Cycle.Reviewer, urn = w.Cycle.ReviewerUrn } } },
        [$"PUT {Cycle}/visit-days"] = _ => new { visitDays = new[] { Today.AddDays(7), Today.AddDays(8) } },
        [$"POST {Cycle}/self-review/long-list"] = _ => new { text = "Phonics in key stage 1" },
        [$"PATCH {Cycle}/self-review/long-list/{{itemId:guid}}"] = _ => new { text = "Phonics in key stage 1" },
        [$"PUT {Cycle}/self-review/focus"] = w => new { focus = "Phonics", questions = new[] { new { text = "How well do pupils blend sounds?" } }, fromLongList = new[] { w.ItemId } },
        [$"PUT {Cycle}/review-plan"] = _ => new { visitDays = new[] { Today.AddDays(7), Today.AddDays(8) }, evidencePlan = "Book looks", teamConfirmed = true },
        [$"PUT {Cycle}/sharing"] = _ => new { personIds = Array.Empty<Guid>(), partnership = false, tenantAdmins = false },
        [$"POST {Cycle}/evidence"] = _ => new { kind = "PupilVoice", note = "Pupils read aloud", enquiryLine = "How well do pupils blend sounds?" },
        [$"PATCH {Cycle}/evidence/{{evidenceId:guid}}"] = _ => new { kind = "PupilVoice", note = "Pupils read aloud", enquiryLine = "How well do pupils blend sounds?" },
        [$"POST {Cycle}/findings"] = _ => new { kind = "Strength", text = "Pupils blend confidently", evidenceIds = Array.Empty<Guid>() },
        [$"PATCH {Cycle}/findings/{{findingId:guid}}"] = _ => new { kind = "Strength", text = "Pupils blend confidently", evidenceIds = Array.Empty<Guid>() },
        [$"PUT {Cycle}/workshop/champion"] = w => new { personId = w.Cycle.Champion, urn = w.Cycle.ChampionUrn },
        [$"POST {Cycle}/workshop/held"] = _ => new { heldOn = Today, participants = new { count = 10, roles = new[] { "teachers" } }, priorities = new[] { "Phonics" } },
        [$"POST {Cycle}/close"] = _ => new { summary = "Closed after impact was measured" },
        [$"POST {Cycle}/pause"] = _ => new { reason = "Headteacher on leave" },
    };
}
