using Dapper;
using MassTransit;
using Spp.Messaging.Inbox;

namespace Spp.Messaging.Tests;

/// <summary>Appends each line it applies, so the test can read back what was applied and in which order.</summary>
public sealed class LedgerProjection(EventInbox<LedgerDatabase> inbox) : IConsumer<LedgerEntryAdded>
{
    public async Task Consume(ConsumeContext<LedgerEntryAdded> context)
    {
        await using var apply = await inbox.BeginAsync(context, "ledger", context.CancellationToken);
        if (apply is null)
        {
            return;
        }

        await apply.Connection.ExecuteAsync("INSERT INTO ledger_line (ledger, line) VALUES (@Ledger, @Line)", context.Message, apply.Transaction);
        await apply.CompleteAsync(context.CancellationToken);
    }
}
