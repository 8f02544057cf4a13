using Microsoft.Data.Sqlite;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>The integration events the all-in-one stored in the <c>outbox</c> of its SQLite databases.</summary>
internal static class OutboxPayloads
{
    /// <summary>Every outbox row of every database in <paramref name="dataDirectory"/>: its message type and JSON payload.</summary>
    public static IReadOnlyList<(string Type, string Payload)> Read(string dataDirectory)
    {
        var rows = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*.db"))
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'outbox'";
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                continue;
            }

            using var read = connection.CreateCommand();
            read.CommandText = "SELECT message_type, payload FROM outbox ORDER BY position";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return rows;
    }
}
