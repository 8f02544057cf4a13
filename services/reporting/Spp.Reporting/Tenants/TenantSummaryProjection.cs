using System.Globalization;
using Dapper;
using MassTransit;
using Spp.Contracts.Messaging;
using Spp.Contracts.Tenants;
using Spp.Messaging.Inbox;
using Spp.Storage;

namespace Spp.Reporting.Tenants;

/// <summary>
/// Keeps one row per tenant (name, status) for the national and host dashboards. Applied through
/// the inbox: once per event, in each tenant's event order.
/// </summary>
public sealed class TenantSummaryProjection(EventInbox<ReportingDatabase> inbox, ReportingDatabase database) :
    IConsumer<TenantCreated>, IConsumer<TenantRenamed>, IConsumer<TenantSuspended>, IConsumer<TenantReinstated>
{
    private const string Consumer = "reporting-tenant-summary";

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TenantCreated> context) => ApplyAsync(context, context.Message.TenantId,
        "INSERT INTO tenant_summary (tenant_id, slug, name, status, created_at, updated_at) VALUES (@id, @slug, @name, @status, @at, @at) ON CONFLICT (tenant_id) DO NOTHING",
        new { slug = context.Message.Slug, name = context.Message.Name, status = nameof(TenantStatus.Active) });

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TenantRenamed> context) => ApplyAsync(context, context.Message.TenantId,
        "UPDATE tenant_summary SET name = @name, updated_at = @at WHERE tenant_id = @id", new { name = context.Message.Name });

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TenantSuspended> context) => ApplyAsync(context, context.Message.TenantId,
        "UPDATE tenant_summary SET status = @status, updated_at = @at WHERE tenant_id = @id", new { status = nameof(TenantStatus.Suspended) });

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TenantReinstated> context) => ApplyAsync(context, context.Message.TenantId,
        "UPDATE tenant_summary SET status = @status, updated_at = @at WHERE tenant_id = @id", new { status = nameof(TenantStatus.Active) });

    private async Task ApplyAsync(ConsumeContext context, Guid tenantId, string sql, object values)
    {
        await using var apply = await inbox.BeginAsync(context, Consumer, context.CancellationToken);
        if (apply is null)
        {
            return;
        }

        var parameters = new DynamicParameters(values);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        parameters.Add("id", postgres ? tenantId : tenantId.ToString());
        var occurred = OccurredAt(context);
        parameters.Add("at", postgres ? occurred.UtcDateTime : occurred.ToString("O", CultureInfo.InvariantCulture));
        await apply.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, apply.Transaction, cancellationToken: context.CancellationToken));
        await apply.CompleteAsync(context.CancellationToken);
    }

    private static DateTimeOffset OccurredAt(ConsumeContext context) =>
        DateTimeOffset.TryParse(context.Headers.Get<string>(EventHeaders.OccurredAt), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : context.SentTime is { } sent ? new DateTimeOffset(sent, TimeSpan.Zero) : DateTimeOffset.UtcNow;
}
