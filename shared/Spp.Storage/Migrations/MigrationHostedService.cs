using Microsoft.Extensions.Hosting;

namespace Spp.Storage.Migrations;

/// <summary>Applies the database's migrations while the host starts, before any request or consumer runs.</summary>
internal sealed class MigrationHostedService<TDatabase>(TDatabase database, IEnumerable<DatabaseMigrations<TDatabase>> migrations, MigrationRunner runner) : IHostedService
    where TDatabase : ServiceDatabase
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        runner.ApplyAsync(database, migrations.Select(m => m.Set), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
