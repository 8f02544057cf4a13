namespace Spp.Improvement.Schools.Imports;

/// <summary>Settings of register imports (section <c>SchoolImports</c>).</summary>
public sealed class SchoolImportOptions
{
    /// <summary>Largest upload accepted: a GIAS download is about 60 MB today.</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Where uploads are kept while they are imported; the system's temp folder when empty.</summary>
    public string? SpoolFolder { get; set; }

    /// <summary>How many schools are written at once; bounded so an import leaves room for the API's own traffic.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How often the worker reports progress (the progress stream shows it).</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A running import whose worker has been silent this long is marked interrupted.</summary>
    public TimeSpan InterruptedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The folder uploads are spooled to.</summary>
    public string SpoolPath => string.IsNullOrWhiteSpace(SpoolFolder) ? Path.Combine(Path.GetTempPath(), "spp-school-imports") : SpoolFolder;
}
