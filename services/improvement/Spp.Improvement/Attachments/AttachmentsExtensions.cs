using Spp.Storage;

namespace Spp.Improvement.Attachments;

/// <summary>Registers the attachment store, its table migrations and the orphan sweep.</summary>
public static class AttachmentsExtensions
{
    /// <summary>Adds evidence attachments to the improvement domain.</summary>
    public static IHostApplicationBuilder AddEvidenceAttachments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttachmentOptions>()
            .Bind(builder.Configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => o.MaxBytes > 0 && o.OrphanAge > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero, "Attachments settings must be positive.")
            .ValidateOnStart();
        builder.Services.AddMigrations<ImprovementDatabase>(AttachmentMigrations.Set);
        builder.Services.AddSingleton<EvidenceAttachmentStore>();
        builder.Services.AddSingleton<OrphanedAttachmentSweep>();
        builder.Services.AddHostedService<OrphanedAttachmentSweepService>();
        return builder;
    }
}
