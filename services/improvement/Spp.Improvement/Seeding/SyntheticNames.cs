using Spp.Improvement.Schools;

namespace Spp.Improvement.Seeding;

/// <summary>
/// Made-up names that read like English schools, trusts, partnerships and people, so that seeded data
/// looks real on screen without naming any real school or person.
/// </summary>
public static class SyntheticNames
{
    private static readonly string[] Stems = ["Ash", "Beech", "Elm", "Oak", "Willow", "Holly", "Hazel", "Fern", "Bramble", "Rowan", "Alder", "Heather", "Thorn", "Kings", "Queens", "Bridge", "Brook", "Meadow", "Stone", "Mill", "Church", "Castle", "Marsh", "Moor", "Bright", "Green", "Silver", "Fair", "Long", "Red"];
    private static readonly string[] Endings = ["field", "wood", "ley", "ton", "bury", "ford", "dale", "hurst", "brook", "side", "combe", "worth", "stead", "gate", "holme"];
    private static readonly string[] Settings = ["", "", "", " Park", " Green", " Hill", " Vale", " Road", " Lane"];
    private static readonly string[] Saints = ["St Mary's", "St John's", "St Peter's", "St Anne's", "St Michael's", "Holy Trinity", "St Joseph's", "All Saints", "Christ Church"];
    private static readonly string[] FirstNames = ["Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Ruth", "Hannah", "Priya", "Aisha", "Zara", "Claire", "Helen", "Sarah", "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Mohammed", "Ravi", "Daniel", "James", "David", "Tom", "Simon", "Andrew"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper"];
    private static readonly string[] TrustWords = ["Learning", "Education", "Schools", "Academies", "Community"];
    private static readonly string[] TrustKinds = ["Trust", "Partnership Trust", "Multi-Academy Trust"];

    /// <summary>A place name such as "Ashford Green".</summary>
    public static string Place(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Pick(random, Stems) + Pick(random, Endings) + Pick(random, Settings);
    }

    /// <summary>A school name fitting its phase of education, e.g. "Oakley Vale Primary School" or "St Anne's C of E Primary School".</summary>
    public static string School(Random random, EducationPhase phase)
    {
        ArgumentNullException.ThrowIfNull(random);
        var place = Place(random);
        return phase switch
        {
            EducationPhase.Nursery => $"{place} Nursery School",
            EducationPhase.Primary => random.Next(10) switch
            {
                0 => $"{Pick(random, Saints)} C of E Primary School",
                1 => $"{Pick(random, Saints)} Catholic Primary School",
                2 => $"{place} Infant School",
                3 => $"{place} Junior School",
                4 => $"{place} Primary Academy",
                _ => $"{place} Primary School",
            },
            EducationPhase.MiddleDeemedPrimary or EducationPhase.MiddleDeemedSecondary => $"{place} Middle School",
            EducationPhase.Secondary => random.Next(4) switch
            {
                0 => $"{place} Academy",
                1 => $"{place} High School",
                2 => $"{Pick(random, Saints)} Catholic High School",
                _ => $"{place} School",
            },
            EducationPhase.SixteenPlus => $"{place} Sixth Form College",
            EducationPhase.AllThrough => $"{place} All-Through School",
            _ => $"{place} School",
        };
    }

    /// <summary>A multi-academy trust name, e.g. "Brookdale Learning Trust".</summary>
    public static string Trust(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return $"{Pick(random, Stems)}{Pick(random, Endings)} {Pick(random, TrustWords)} {Pick(random, TrustKinds)}";
    }

    /// <summary>A person's name, e.g. "Priya Walker".</summary>
    public static (string First, string Last) Person(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return (Pick(random, FirstNames), Pick(random, Surnames));
    }

    /// <summary>A partnership name, e.g. "Millbrook Schools Partnership".</summary>
    public static string Partnership(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return $"{Pick(random, Stems)}{Pick(random, Endings)} {Pick(random, ["Schools", "Learning", "Improvement", "Peer Review"])} Partnership";
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
