using Microsoft.Data.Sqlite;

namespace Spp.Improvement.Tests.Support;

/// <summary>A fresh folder under the temp directory for SQLite files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"spp-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A SQLite connection string for a file in this folder.</summary>
    public string Sqlite(string fileName = "improvement.db") => $"Data Source={System.IO.Path.Combine(Path, fileName)}";

    public void Dispose()
    {
        // Pooled connections keep the files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
