namespace Spp.Improvement.Seeding;

/// <summary>A region of England (GIAS "GOR (name)") with a share of the country's schools and some of its local authorities.</summary>
public sealed record SeedRegion(string Name, int Weight, IReadOnlyList<string> LocalAuthorities);

/// <summary>The regions of England and a selection of their local authorities, weighted roughly as schools are spread.</summary>
public static class EnglandGeography
{
    public static IReadOnlyList<SeedRegion> Regions { get; } =
    [
        new("North East", 5, ["Durham", "Northumberland", "Newcastle upon Tyne", "Sunderland", "Gateshead", "Stockton-on-Tees"]),
        new("North West", 13, ["Lancashire", "Cumbria", "Manchester", "Liverpool", "Cheshire East", "Wigan", "Stockport", "Bolton"]),
        new("Yorkshire and the Humber", 10, ["North Yorkshire", "Leeds", "Sheffield", "Bradford", "Kirklees", "East Riding of Yorkshire", "Doncaster"]),
        new("East Midlands", 9, ["Derbyshire", "Nottinghamshire", "Leicestershire", "Lincolnshire", "Northamptonshire", "Nottingham", "Derby"]),
        new("West Midlands", 11, ["Birmingham", "Staffordshire", "Warwickshire", "Worcestershire", "Shropshire", "Coventry", "Sandwell", "Dudley"]),
        new("East of England", 12, ["Essex", "Hertfordshire", "Norfolk", "Suffolk", "Cambridgeshire", "Central Bedfordshire", "Peterborough"]),
        new("London", 12, ["Camden", "Hackney", "Lambeth", "Southwark", "Barnet", "Croydon", "Ealing", "Newham", "Tower Hamlets", "Enfield"]),
        new("South East", 16, ["Kent", "Hampshire", "Surrey", "West Sussex", "East Sussex", "Oxfordshire", "Buckinghamshire", "West Berkshire", "Medway"]),
        new("South West", 12, ["Devon", "Cornwall", "Somerset", "Gloucestershire", "Wiltshire", "Dorset", "Bristol, City of", "Plymouth"]),
    ];

    /// <summary>A region picked by its share of schools.</summary>
    public static SeedRegion PickRegion(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(Regions.Sum(r => r.Weight));
        foreach (var region in Regions)
        {
            roll -= region.Weight;
            if (roll < 0)
            {
                return region;
            }
        }

        return Regions[^1];
    }
}
