using System.Diagnostics;
using System.Globalization;

namespace Spp.Benchmarks;

/// <summary>
/// CPU time used so far by this process and by the PostgreSQL backends serving one database
/// (found by the database name in their process title, from /proc; Linux only).
/// </summary>
internal readonly record struct CpuSnapshot(TimeSpan Process, TimeSpan Database, TimeSpan Machine)
{
    private static readonly double TickSeconds = 1.0 / 100; // USER_HZ, 100 on Linux

    public static CpuSnapshot Take(string? database)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new CpuSnapshot(self.TotalProcessorTime, database is null ? TimeSpan.Zero : Backends(database), MachineBusy());
    }

    public static CpuSnapshot operator -(CpuSnapshot after, CpuSnapshot before) =>
        new(after.Process - before.Process, after.Database - before.Database, after.Machine - before.Machine);

    /// <summary>CPU time of everything else on the machine (other processes, PostgreSQL's own background processes).</summary>
    public TimeSpan Others => Machine - Process - Database;

    /// <summary>Busy CPU time of the whole machine (all cores) from /proc/stat.</summary>
    private static TimeSpan MachineBusy()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var idle = values[3] + values[4];
            return TimeSpan.FromSeconds((values.Sum() - idle) * TickSeconds);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static TimeSpan Backends(string database)
    {
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var title = File.ReadAllText(Path.Combine(folder, "cmdline"));
                if (!title.StartsWith("postgres:", StringComparison.Ordinal) || !title.Contains($" {database} ", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return TimeSpan.FromSeconds(ticks * TickSeconds);
    }
}

/// <summary>The machine's load average, to say whether something else was running.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "load average unknown";
        }
    }
}
