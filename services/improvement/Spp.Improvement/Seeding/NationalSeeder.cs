using System.Collections.Concurrent;
using System.Globalization;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Hosts;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Rounds;
using Spp.Improvement.Schools;
using Spp.Improvement.Tenants;

namespace Spp.Improvement.Seeding;

/// <summary>
/// Writes a <see cref="SeedDataset"/> through the grains, as the API would (never into tables), so every
/// rule holds and every change raises its event: hosts and tenants with their admins, the register's
/// schools, then each partnership with its schools' enrolments and staff, its facilitator and three
/// rounds whose cycles are driven to varied stages. Ids are derived from the seed and every step is
/// idempotent, so a re-run converges on the same data and writes nothing new.
/// </summary>
public sealed class NationalSeeder(IGrainFactory grains, IActionPlanLinks links, TimeProvider time, TextWriter output)
{
    // Share of the current round's unfinished cycles left paused (e.g. a school closure).
    private const int PausedPercent = 3;

    /// <summary>Seeds the dataset of <paramref name="options"/> and says what it holds.</summary>
    public async Task<SeedSummary> RunAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var dataset = SeedDataset.Build(options);
        var today = LondonCalendar.Today(time);
        var progress = new SeedProgress(output);
        using var stopReporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reporting = progress.ReportAsync(dataset, TimeSpan.FromSeconds(2), stopReporting.Token);
        var stages = new ConcurrentDictionary<CycleStage, int>();
        var rounds = SeedRound.Around(today);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
            foreach (var host in dataset.Hosts)
            {
                await progress.Call(grains.GetGrain<IHostGrain>(host.Id).Create(host.Name, host.Kind));
                await GrantAsync(progress, host.Admin, RoleGrant.HostAdminOf(host.Id));
            }

            foreach (var tenant in dataset.Tenants)
            {
                await progress.Call(grains.GetGrain<ITenantGrain>(tenant.Id).Create(tenant.Slug, tenant.Name, tenant.HostId));
                await GrantAsync(progress, tenant.Admin, RoleGrant.TenantAdminOf(tenant.Id));
            }

            await Parallel.ForEachAsync(dataset.Schools, parallel, async (school, _) =>
            {
                await progress.Call(grains.GetGrain<ISchoolGrain>(school.Urn.ToString(CultureInfo.InvariantCulture)).Register(school));
                progress.SchoolDone();
            });

            var cycles = new CycleSeeder(grains, links, progress, dataset, today);
            await Parallel.ForEachAsync(dataset.Partnerships, parallel, async (partnership, _) =>
            {
                await SeedPartnershipAsync(progress, dataset, partnership, today);
                foreach (var round in rounds)
                {
                    foreach (var stage in await SeedRoundAsync(progress, dataset, cycles, partnership, round))
                    {
                        stages.AddOrUpdate(stage, 1, (_, n) => n + 1);
                    }
                }

                progress.PartnershipDone();
            });
        }
        finally
        {
            await stopReporting.CancelAsync();
            await reporting;
        }

        var people = dataset.Hosts.Count + dataset.Tenants.Count
            + dataset.Partnerships.Select(p => p.Facilitator.Id).Distinct().Count()
            + (dataset.Partnerships.Sum(p => p.Urns.Count) * 3);
        return new SeedSummary(
            options.Seed,
            options.Scale,
            dataset.Hosts.Count,
            dataset.Tenants.Count,
            dataset.Schools.Count,
            people,
            dataset.Partnerships.Count,
            dataset.Partnerships.Count * rounds.Count,
            stages.Values.Sum(),
            new SortedDictionary<CycleStage, int>(stages),
            progress.Calls,
            progress.Elapsed);
    }

    /// <summary>Enrols the partnership's schools with their staff, then makes the partnership with its facilitator, schools and champions.</summary>
    private async Task SeedPartnershipAsync(SeedProgress progress, SeedDataset dataset, SeedPartnership seeded, DateOnly today)
    {
        var tenantId = seeded.Tenant.Id;
        await GrantAsync(progress, seeded.Facilitator, RoleGrant.FacilitatorIn(tenantId));
        foreach (var urn in seeded.Urns)
        {
            var enrolment = grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn));
            await progress.Call(enrolment.Enrol());
            var staff = dataset.StaffOf(urn);
            foreach (var (person, role) in new[] { (staff.Headteacher, SchoolRole.Headteacher), (staff.SeniorLeader, SchoolRole.SeniorLeader), (staff.Teacher, SchoolRole.Staff) })
            {
                await GrantAsync(progress, person, RoleGrant.SchoolMemberOf(tenantId, urn, role));
                await progress.Call(enrolment.SetStaffMember(person.Id, role));
            }
        }

        // Partnerships began last school year, when the first seeded round ran; the phase says how far into the programme they are.
        var started = SeedRound.Around(today)[0].WindowStarts;
        var phase = (ProgrammePhase)(seeded.Index % 3);
        var partnership = grains.GetGrain<IPartnershipGrain>(seeded.Id);
        var view = await progress.Call(partnership.Create(new PartnershipCreation(tenantId, seeded.Name, phase, started, null)));
        view = await progress.Call(partnership.AssignFacilitator(seeded.Facilitator.Id, view.ETag));
        foreach (var urn in seeded.Urns)
        {
            view = await progress.Call(partnership.AddSchool(urn, view.ETag));
        }

        await progress.Call(partnership.SetChampions([.. seeded.Urns.Select(urn => new ChampionView(dataset.StaffOf(urn).Teacher.Id, urn))], view.ETag));
    }

    /// <summary>Schedules and starts the round (rota proposed by the platform) and drives each school's cycle.</summary>
    private async Task<List<CycleStage>> SeedRoundAsync(SeedProgress progress, SeedDataset dataset, CycleSeeder cycles, SeedPartnership partnership, SeedRound round)
    {
        var grain = grains.GetGrain<IRoundGrain>(SeedIds.For(dataset.Seed, "round", partnership.Index, round.Index));
        var view = await progress.Call(grain.Schedule(new RoundScheduling(partnership.Tenant.Id, partnership.Id, round.Name, round.WindowStarts, round.WindowEnds)));
        var startedNow = view.Status == RoundStatus.Planning;
        if (startedNow)
        {
            view = await progress.Call(grain.ProposeRota(1, view.ETag));
            view = await progress.Call(grain.Start(view.ETag));
        }

        var stages = new List<CycleStage>(view.Cycles.Count);
        foreach (var (urn, cycleId) in view.Cycles.OrderBy(c => c.Key))
        {
            var random = SeedIds.RandomFor(dataset.Seed, "cycle-plan", cycleId);
            var target = round.TargetStage(random);
            var pause = round.IsCurrent && target != CycleStage.Closed && random.Next(100) < PausedPercent;
            stages.Add(await cycles.DriveAsync(new SeedCycle(cycleId, partnership.Tenant.Id, urn, partnership.Urns, partnership.Facilitator.Id, round, target, pause, startedNow)));
            progress.CycleDone();
        }

        return stages;
    }

    private async Task GrantAsync(SeedProgress progress, SeedPerson person, RoleGrant grant)
    {
        var grain = grains.GetGrain<IPersonGrain>(person.Id);
        await progress.Call(grain.Register(person.Email, person.DisplayName));
        await progress.Call(grain.Grant(grant));
    }
}
