namespace Spp.Improvement.Retention;

/// <summary>Registers the evidence retention purge, its schedule and the erasure's audit scrub.</summary>
public static class RetentionExtensions
{
    /// <summary>Adds the purge that applies each tenant's retention rule to its closed cycles.</summary>
    public static IHostApplicationBuilder AddEvidenceRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>()
            .Bind(builder.Configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.PurgeInterval > TimeSpan.Zero && o.PurgeInterval <= RetentionOptions.MaxPurgeInterval, "Retention:PurgeInterval must be positive and at most a day.")
            .ValidateOnStart();
        builder.Services.AddSingleton<EvidenceRetentionPurge>();
        builder.Services.AddSingleton<ErasedPersonAuditScrub>();
        builder.Services.AddHostedService<EvidenceRetentionService>();
        return builder;
    }
}
