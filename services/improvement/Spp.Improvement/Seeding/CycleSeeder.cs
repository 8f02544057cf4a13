using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Seeding;

/// <summary>One school's cycle in a seeded round: where it is, who works on it and the stage it is driven to.</summary>
/// <param name="RoundStartedNow">True when this run opened the cycle, so work inside its first stage is new.</param>
public sealed record SeedCycle(Guid CycleId, Guid TenantId, int Urn, IReadOnlyList<int> PartnerUrns, Guid FacilitatorId, SeedRound Round, CycleStage Target, bool Pause, bool RoundStartedNow);

/// <summary>
/// Drives one cycle through its stages by the grains' own commands, as each role would (the
/// headteacher submits, the lead reviewer shares findings, the Improvement Champion records the
/// workshop...), so that every rule holds for seeded data as for real data. It starts from the stage
/// the cycle is in, so a re-run finds the cycle at its target and does nothing.
/// </summary>
public sealed class CycleSeeder(IGrainFactory grains, IActionPlanLinks links, SeedProgress progress, SeedDataset dataset, DateOnly today)
{
    private static readonly (EvidenceKind Kind, string Note)[] EvidenceNotes =
    [
        (EvidenceKind.Observation, "Observed a Year 5 guided reading session: pupils discussed the author's choices confidently."),
        (EvidenceKind.PupilVoice, "Pupil panel described how feedback helps them improve their writing."),
        (EvidenceKind.StaffConversation, "Teachers explained how the reading spine was chosen and is reviewed each term."),
        (EvidenceKind.DocumentOrData, "Attendance and reading age data for the last three terms, shared by the deputy head."),
        (EvidenceKind.Other, "Learning walk with the subject leader across key stage 2."),
    ];

    // The nested work below reaches these through the seeder it belongs to.
    private IGrainFactory Grains { get; } = grains;

    private IActionPlanLinks Links { get; } = links;

    private SeedProgress Progress { get; } = progress;

    private SeedDataset Dataset { get; } = dataset;

    private DateOnly Today { get; } = today;

    /// <summary>Drives <paramref name="cycle"/> to its target stage; returns the stage it ends in.</summary>
    public async Task<CycleStage> DriveAsync(SeedCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var grain = Grains.GetGrain<IReviewCycleGrain>(cycle.CycleId);
        var summary = await Progress.Call(grain.Summary());
        var work = new CycleWork(this, cycle, grain, summary);
        var moved = false;
        while (work.Stage < cycle.Target)
        {
            await work.CompleteStageAsync();
            moved = true;
        }

        // Work inside the target stage is done once: when the cycle has just arrived there.
        if (work.Stage != CycleStage.Closed && (moved || cycle.RoundStartedNow))
        {
            await work.BeginStageAsync();
            if (cycle.Pause && !work.IsPaused)
            {
                await work.PauseAsync();
            }
        }

        return work.Stage;
    }

    /// <summary>The commands of one cycle, with the ETag each answer carries for the next.</summary>
    private sealed class CycleWork(CycleSeeder seeder, SeedCycle cycle, IReviewCycleGrain grain, CycleSummary summary)
    {
        private readonly SeedStaff _school = seeder.Dataset.StaffOf(cycle.Urn);
        private string _etag = summary.ETag;
        private Guid? _lead = summary.LeadReviewerId;
        private IReadOnlyList<Guid> _reviewers = summary.ReviewerIds;

        public CycleStage Stage { get; private set; } = summary.Stage;

        public bool IsPaused { get; private set; } = summary.IsPaused;

        private SeedProgress Progress => seeder.Progress;

        private int ChampionUrn
        {
            get
            {
                // Two schools round the circle: the rota has the next school review this one, so the
                // one after it is a partner school whose teacher is on no review team.
                var index = cycle.PartnerUrns.ToList().IndexOf(cycle.Urn);
                return cycle.PartnerUrns[(index + 2) % cycle.PartnerUrns.Count];
            }
        }

        private Guid Champion => seeder.Dataset.StaffOf(ChampionUrn).Teacher.Id;

        private Guid LeadReviewer => _lead ?? throw new InvalidOperationException("The seeded rota gives every school a lead reviewer.");

        private Guid Recorder => _reviewers.Count > 0 ? _reviewers[0] : LeadReviewer;

        // Each value has its own generator, so a resumed run draws the same values as the first.
        private int Roll(string what, int max) => SeedIds.RandomFor(seeder.Dataset.Seed, what, cycle.CycleId).Next(max);

        private Guid Id(string what, int n = 0) => SeedIds.For(seeder.Dataset.Seed, what, cycle.CycleId, n);

        private CycleCaller As(Guid personId) =>
            new(personId, cycle.TenantId, false, personId == _school.Headteacher.Id || personId == _school.SeniorLeader.Id || personId == _school.Teacher.Id ? [cycle.Urn] : []);

        /// <summary>Does the whole of the current stage and moves the cycle to the next.</summary>
        public async Task CompleteStageAsync()
        {
            if (IsPaused)
            {
                await Track(grain.Resume(As(_school.Headteacher.Id), _etag));
            }

            await BeginStageAsync();
            switch (Stage)
            {
                case CycleStage.SelfReview:
                    await Track(grain.ChooseEnquiryFocus(As(_school.SeniorLeader.Id), Focus(), _etag));
                    await Track(grain.SubmitSelfReview(As(_school.Headteacher.Id), _etag));
                    break;
                case CycleStage.ReviewPlanning:
                    await Track(grain.AgreeReviewPlan(As(_school.Headteacher.Id), _etag));
                    break;
                case CycleStage.PeerReview:
                    await Track(grain.DraftFinding(As(LeadReviewer), Id("finding"), new FindingDraft(FindingKind.Strength, "Pupils read widely and talk with confidence about their choices.", [Id("evidence", 0), Id("evidence", 1)])));
                    await Track(grain.DraftFinding(As(LeadReviewer), Id("finding", 1), new FindingDraft(FindingKind.AreaToExplore, "How reading for pleasure is sustained as pupils move into Year 6.", [Id("evidence", 2)])));
                    await Track(grain.ShareFindings(As(LeadReviewer), _etag));
                    break;
                case CycleStage.ImprovementWorkshop:
                    var report = new WorkshopReport(seeder.Today, new WorkshopParticipants(6 + Roll("workshop", 20), ["teachers", "teaching assistants", "senior leaders"]), ["Daily class reading time", "A pupil-led book club"]);
                    await Track(grain.RecordWorkshopHeld(As(Champion), report, _etag));
                    break;
                case CycleStage.ActionPlan:
                    await Progress.Call(seeder.Grains.GetGrain<IActionPlanGrain>(cycle.CycleId).Agree(_school.Headteacher.Id));
                    await Track(grain.AgreeActionPlan(As(_school.Headteacher.Id), _etag));
                    break;
                case CycleStage.Impact:
                    await Track(grain.ConfirmClose(As(_school.Headteacher.Id), "Reading for pleasure is now part of every class's day; the measures moved towards their targets.", _etag));
                    await Track(grain.ConfirmClose(As(cycle.FacilitatorId), "Reading for pleasure is now part of every class's day; the measures moved towards their targets.", _etag));
                    break;
                default:
                    throw new InvalidOperationException($"A {Stage} cycle has no stage to complete.");
            }
        }

        /// <summary>The work inside the current stage that does not move it: each command is idempotent by its id.</summary>
        public async Task BeginStageAsync()
        {
            switch (Stage)
            {
                case CycleStage.SelfReview:
                    await Track(grain.ProposeLongListItem(As(_school.Teacher.Id), Id("long-list"), "Reading for pleasure across key stage 2"));
                    await Track(grain.ProposeLongListItem(As(_school.Teacher.Id), Id("long-list", 1), "Consistency of feedback in writing"));
                    break;
                case CycleStage.ReviewPlanning:
                    await Track(grain.ProposeReviewPlan(As(LeadReviewer), new ReviewPlanProposal(VisitDays(), "Learning walks, pupil voice in Years 4–6, book looks and a conversation with the reading lead.", true), _etag));
                    break;
                case CycleStage.PeerReview:
                    for (var n = 0; n < 3; n++)
                    {
                        var (kind, note) = EvidenceNotes[(n + Roll("evidence", EvidenceNotes.Length)) % EvidenceNotes.Length];
                        await Track(grain.RecordEvidence(As(Recorder), Id("evidence", n), new EvidenceDraft(kind, note, "To what extent do pupils choose to read for pleasure?")));
                    }

                    break;
                case CycleStage.ImprovementWorkshop:
                    await Track(grain.AssignChampion(As(cycle.FacilitatorId), new ChampionAssignment(Champion, ChampionUrn), _etag));
                    break;
                case CycleStage.ActionPlan:
                    await DraftPlanAsync();
                    break;
                case CycleStage.Impact:
                    await RecordReadingsAsync();
                    break;
                default:
                    break;
            }
        }

        public async Task PauseAsync() =>
            await Track(grain.Pause(As(_school.Headteacher.Id), "The school is closed for building works.", _etag));

        private async Task DraftPlanAsync()
        {
            var plan = seeder.Grains.GetGrain<IActionPlanGrain>(cycle.CycleId);
            var champion = await Actor(Champion, ChampionUrn);
            var due = SeedRound.ActionsDue(seeder.Today);
            await Progress.Call(plan.AddAction(champion, Id("action"), new ActionDraft("Daily class reading time", "Twenty minutes of shared reading in every class.", _school.SeniorLeader.Id, due, "Pupils reading for pleasure at home rises", "High")));
            await Progress.Call(plan.AddAction(champion, Id("action", 1), new ActionDraft("Pupil-led book club", null, _school.Teacher.Id, due, "Club members recommend books to their classes", "Medium")));
            var headteacher = await Actor(_school.Headteacher.Id, cycle.Urn);
            var baseline = 20 + Roll("baseline", 30);
            await Progress.Call(plan.DefineMeasure(headteacher, Id("measure"), new MeasureDefinition(
                ImpactLevel.Pupils, "Pupils who say they read for pleasure at home (%)", Id("action"), new MeasurePoint(baseline, cycle.Round.WindowStarts), new MeasurePoint(baseline + 20, due))));
        }

        private async Task RecordReadingsAsync()
        {
            var plan = seeder.Grains.GetGrain<IActionPlanGrain>(cycle.CycleId);
            var headteacher = await Actor(_school.Headteacher.Id, cycle.Urn);
            var takenOn = seeder.Today < cycle.Round.WindowEnds ? seeder.Today : cycle.Round.WindowEnds;
            await Progress.Call(plan.RecordReading(headteacher, Id("measure"), Id("reading"), new ReadingInput(30 + Roll("reading", 40), takenOn, null)));
        }

        private Task<PlanActor> Actor(Guid personId, int urn) =>
            Progress.Call(seeder.Links.ActorAsync(cycle.CycleId, cycle.TenantId, personId, [urn]));

        private EnquiryFocus Focus() =>
            new("Reading for pleasure", [new EnquiryQuestion("To what extent do pupils choose to read for pleasure, in school and at home?", null, null)], [Id("long-list")]);

        /// <summary>One or two visit days inside the round window and not after today, so evidence can be recorded.</summary>
        private List<DateOnly> VisitDays()
        {
            var last = seeder.Today < cycle.Round.WindowEnds ? seeder.Today : cycle.Round.WindowEnds;
            var span = Math.Max(0, last.DayNumber - cycle.Round.WindowStarts.DayNumber);
            var first = cycle.Round.WindowStarts.AddDays(Roll("visit-day", span + 1));
            return first < cycle.Round.WindowEnds && Roll("second-visit-day", 2) == 0 ? [first, first.AddDays(1)] : [first];
        }

        private async Task Track(Task<CycleView> command)
        {
            var view = await Progress.Call(command);
            _etag = view.ETag;
            Stage = view.Stage;
            IsPaused = view.IsPaused;
        }
    }
}
