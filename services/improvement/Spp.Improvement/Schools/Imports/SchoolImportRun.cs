using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;
using Spp.Grains;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// Reads one spooled register file and upserts its schools: rows are parsed in order (so rejections
/// carry their line and a repeated URN is caught), and written with bounded parallelism.
/// </summary>
public sealed class SchoolImportRun(IGrainFactory grains, IOptions<SchoolImportOptions> options, TimeProvider time)
{
    private readonly SchoolImportOptions settings = options.Value;

    /// <summary>Runs <paramref name="job"/> to its end and reports to its import grain.</summary>
    public async Task RunAsync(SchoolImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var import = grains.GetGrain<ISchoolImportGrain>(job.ImportId);
        await using var file = new FileStream(job.SpoolFile, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        using var text = new StreamReader(file, job.Encoding, detectEncodingFromByteOrderMarks: job.Encoding is UTF8Encoding);
        await using var records = new CsvReader(text).ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        if (!await records.MoveNextAsync())
        {
            await import.Finish(ImportStatus.Failed, "The file is empty.");
            return;
        }

        var (columns, missing) = GiasColumns.From(records.Current.Fields);
        if (columns is null)
        {
            await import.Finish(ImportStatus.Failed, $"The file is not a GIAS establishment file: it has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
            return;
        }

        var tally = new ImportTally();
        using var reporting = new SemaphoreSlim(1, 1);
        var lastReport = time.GetTimestamp();
        await Parallel.ForEachAsync(
            Schools(records, columns, tally),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                try
                {
                    var school = grains.GetGrain<ISchoolGrain>(row.School.Urn.ToString(CultureInfo.InvariantCulture));
                    tally.Add(await school.Register(row.School));
                }
                catch (RuleViolationException e)
                {
                    tally.Reject(row.Line, e.Message);
                }

                // One writer reports at a time; the others carry on importing rather than wait for it.
                if (time.GetElapsedTime(lastReport) >= settings.ReportInterval && await reporting.WaitAsync(0, ct))
                {
                    try
                    {
                        lastReport = time.GetTimestamp();
                        await import.Report(tally.Take());
                    }
                    finally
                    {
                        reporting.Release();
                    }
                }
            });
        await import.Report(tally.Take());
        await import.Finish(ImportStatus.Completed, null);
    }

    // Parses in file order; rows that cannot become a school are counted as rejected here and not yielded.
    private static async IAsyncEnumerable<(long Line, SchoolRegisterData School)> Schools(
        IAsyncEnumerator<CsvRecord> records, GiasColumns columns, ImportTally tally)
    {
        var firstLineOf = new Dictionary<int, long>();
        while (await records.MoveNextAsync())
        {
            var record = records.Current;
            var (school, problem) = GiasRow.Parse(columns, record);
            if (school is null)
            {
                tally.Reject(record.Line, problem ?? "The row could not be read.");
            }
            else if (!firstLineOf.TryAdd(school.Urn, record.Line))
            {
                tally.Reject(record.Line, string.Create(CultureInfo.InvariantCulture, $"URN {school.Urn} is repeated; the row on line {firstLineOf[school.Urn]} was used."));
            }
            else
            {
                yield return (record.Line, school);
            }
        }
    }
}
