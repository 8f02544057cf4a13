namespace Spp.Improvement.Seeding;

/// <summary>How big a synthetic dataset to make, from which seed, and how many units of work run at once.</summary>
/// <param name="Scale">1 for national scale (~22,000 schools, 150 tenants, 5,000 partnerships); e.g. 0.01 for a small run.</param>
/// <param name="Seed">The same seed always gives the same dataset, with the same ids.</param>
/// <param name="Parallelism">Partnerships (or schools) worked on at once.</param>
public sealed record SeedOptions(double Scale = 1, int Seed = 42, int Parallelism = 8)
{
    /// <summary>Smallest scale accepted: below it the dataset would be a single partnership or less.</summary>
    public const double MinScale = 0.0001;

    /// <summary>Largest scale accepted (ten times national).</summary>
    public const double MaxScale = 10;

    /// <summary>Most units of work at once: beyond it the database, not the seeder, is the limit.</summary>
    public const int MaxParallelism = 64;

    /// <summary>What is wrong with the options, or null.</summary>
    public string? Problem =>
        double.IsNaN(Scale) || Scale < MinScale || Scale > MaxScale ? $"--scale must be from {MinScale} to {MaxScale}."
        : Seed < 0 ? "--seed must be 0 or more."
        : Parallelism is < 1 or > MaxParallelism ? $"--parallelism must be from 1 to {MaxParallelism}."
        : null;
}
