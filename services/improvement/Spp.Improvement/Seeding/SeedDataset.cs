using System.Globalization;
using Spp.Improvement.Hosts;
using Spp.Improvement.Schools;

namespace Spp.Improvement.Seeding;

/// <summary>A host organisation to seed.</summary>
public sealed record SeedHost(Guid Id, string Name, HostKind Kind, SeedPerson Admin);

/// <summary>A delivery-partner tenant to seed, under <paramref name="HostId"/>.</summary>
public sealed record SeedTenant(Guid Id, string Slug, string Name, Guid HostId, SeedPerson Admin);

/// <summary>A person to seed: made-up name, an e-mail address at an example domain.</summary>
public sealed record SeedPerson(Guid Id, string DisplayName, string Email);

/// <summary>A partnership to seed: its tenant, schools (by URN, ascending) and facilitator.</summary>
public sealed record SeedPartnership(Guid Id, int Index, SeedTenant Tenant, string Name, IReadOnlyList<int> Urns, SeedPerson Facilitator);

/// <summary>
/// The whole synthetic dataset, decided up front from the seed (nothing here touches a grain): hosts,
/// tenants, the register's schools and the partnerships with their schools. Schools get URNs from
/// <see cref="FirstUrn"/>, a range the national register does not use, so seeding never overwrites a real school.
/// </summary>
public sealed class SeedDataset
{
    /// <summary>The first URN of seeded schools.</summary>
    public const int FirstUrn = 900_000;

    private const int NationalSchools = 22_000;
    private const int NationalTenants = 150;
    private const int NationalHosts = 40;
    private const int NationalPartnerships = 5_000;

    // About one facilitator for every ten partnerships of a tenant.
    private const int PartnershipsPerFacilitator = 10;

    private SeedDataset(int seed, IReadOnlyList<SeedHost> hosts, IReadOnlyList<SeedTenant> tenants, IReadOnlyList<SchoolRegisterData> schools, IReadOnlyList<SeedPartnership> partnerships)
    {
        Seed = seed;
        Hosts = hosts;
        Tenants = tenants;
        Schools = schools;
        Partnerships = partnerships;
    }

    public int Seed { get; }

    public IReadOnlyList<SeedHost> Hosts { get; }

    public IReadOnlyList<SeedTenant> Tenants { get; }

    public IReadOnlyList<SchoolRegisterData> Schools { get; }

    public IReadOnlyList<SeedPartnership> Partnerships { get; }

    /// <summary>The dataset of <paramref name="options"/>: the same options always give the same dataset.</summary>
    public static SeedDataset Build(SeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seed = options.Seed;
        var random = new Random(seed);
        var hostCount = Scaled(NationalHosts, options.Scale);
        var hosts = Enumerable.Range(0, hostCount).Select(i => Host(seed, random, i)).ToList();
        var tenants = Enumerable.Range(0, Scaled(NationalTenants, options.Scale)).Select(i => Tenant(seed, random, i, hosts[i % hostCount])).ToList();

        var sizes = Enumerable.Range(0, Scaled(NationalPartnerships, options.Scale)).Select(_ => PartnershipSize(random)).ToList();
        var schoolCount = Math.Max(Scaled(NationalSchools, options.Scale), sizes.Sum());
        var schools = Enumerable.Range(0, schoolCount).Select(i => School(random, FirstUrn + i)).ToList();

        // Schools of a partnership come from one local authority where it has enough left, as real clusters do.
        var unplaced = schools.GroupBy(s => s.LocalAuthority).ToDictionary(g => g.Key, g => new Queue<int>(g.Select(s => s.Urn)));
        var partnerships = new List<SeedPartnership>(sizes.Count);
        var facilitators = new Dictionary<(Guid, int), SeedPerson>();
        for (var i = 0; i < sizes.Count; i++)
        {
            var tenant = tenants[i % tenants.Count];
            var urns = TakeSchools(unplaced, sizes[i]);
            var slot = (tenant.Id, i / tenants.Count / PartnershipsPerFacilitator);
            if (!facilitators.TryGetValue(slot, out var facilitator))
            {
                facilitator = Person(seed, random, "facilitator", $"{tenant.Slug}.example.org", tenant.Id, slot.Item2);
                facilitators[slot] = facilitator;
            }

            partnerships.Add(new SeedPartnership(SeedIds.For(seed, "partnership", i), i, tenant, SyntheticNames.Partnership(random), urns, facilitator));
        }

        return new SeedDataset(seed, hosts, tenants, schools, partnerships);
    }

    /// <summary>The staff seeded at every school of a partnership: a headteacher, a senior leader and a teacher.</summary>
    public SeedStaff StaffOf(int urn)
    {
        var random = SeedIds.RandomFor(Seed, "staff", urn);
        var domain = string.Create(CultureInfo.InvariantCulture, $"school{urn}.example.org");
        return new SeedStaff(
            Person(Seed, random, "headteacher", domain, urn),
            Person(Seed, random, "senior-leader", domain, urn),
            Person(Seed, random, "teacher", domain, urn));
    }

    private static int Scaled(int national, double scale) => Math.Max(1, (int)Math.Round(national * scale, MidpointRounding.AwayFromZero));

    // 3–7 schools, mostly four: about 4.35 on average, so 5,000 partnerships hold about 22,000 schools.
    private static int PartnershipSize(Random random) => random.Next(100) switch
    {
        < 25 => 3,
        < 60 => 4,
        < 85 => 5,
        < 95 => 6,
        _ => 7,
    };

    private static List<int> TakeSchools(Dictionary<string, Queue<int>> unplaced, int size)
    {
        var local = unplaced.Values.Where(q => q.Count >= size).OrderByDescending(q => q.Count).FirstOrDefault();
        var urns = new List<int>(size);
        while (urns.Count < size)
        {
            var queue = local ?? unplaced.Values.Where(q => q.Count > 0).OrderByDescending(q => q.Count).First();
            urns.Add(queue.Dequeue());
        }

        urns.Sort();
        return urns;
    }

    private static SeedHost Host(int seed, Random random, int index)
    {
        var region = EnglandGeography.Regions[index % EnglandGeography.Regions.Count];
        var isAuthority = index % 3 != 2;
        var name = isAuthority
            ? $"{region.LocalAuthorities[index / EnglandGeography.Regions.Count % region.LocalAuthorities.Count]} Council"
            : SyntheticNames.Trust(random);
        var id = SeedIds.For(seed, "host", index);
        return new SeedHost(id, name, isAuthority ? HostKind.LocalAuthority : HostKind.Trust, Person(seed, random, "host-admin", string.Create(CultureInfo.InvariantCulture, $"host{index + 1}.example.org"), index));
    }

    private static SeedTenant Tenant(int seed, Random random, int index, SeedHost host)
    {
        var place = SyntheticNames.Place(random);
        var name = $"{place} Schools Partnership Programme";
        var slug = string.Create(CultureInfo.InvariantCulture, $"{new string([.. place.ToLowerInvariant().Where(char.IsAsciiLetter)])}-{index + 1}");
        var id = SeedIds.For(seed, "tenant", index);
        return new SeedTenant(id, slug, name, host.Id, Person(seed, random, "tenant-admin", $"{slug}.example.org", index));
    }

    private static SchoolRegisterData School(Random random, int urn)
    {
        var region = EnglandGeography.PickRegion(random);
        var phase = Phase(random);
        var trust = random.Next(100) < 40 ? SyntheticNames.Trust(random) : null;
        var opened = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 70));
        return new SchoolRegisterData(
            urn,
            SyntheticNames.School(random, phase),
            phase,
            region.LocalAuthorities[random.Next(region.LocalAuthorities.Count)],
            region.Name,
            trust,
            "Open",
            opened,
            null);
    }

    // Roughly the mix of open state-funded schools in England.
    private static EducationPhase Phase(Random random) => random.Next(100) switch
    {
        < 2 => EducationPhase.Nursery,
        < 78 => EducationPhase.Primary,
        < 79 => EducationPhase.MiddleDeemedPrimary,
        < 80 => EducationPhase.MiddleDeemedSecondary,
        < 95 => EducationPhase.Secondary,
        < 97 => EducationPhase.SixteenPlus,
        _ => EducationPhase.AllThrough,
    };

    private static SeedPerson Person(int seed, Random random, string role, string domain, params object[] key)
    {
        var (first, last) = SyntheticNames.Person(random);
        var id = SeedIds.For(seed, "person", [role, domain, .. key]);

        // The id's first characters keep addresses apart where two people share a name and a domain.
        var email = string.Create(CultureInfo.InvariantCulture, $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{id.ToString("N")[..6]}@{domain}");
        return new SeedPerson(id, $"{first} {last}", email);
    }
}

/// <summary>The people seeded at one school.</summary>
public sealed record SeedStaff(SeedPerson Headteacher, SeedPerson SeniorLeader, SeedPerson Teacher);
