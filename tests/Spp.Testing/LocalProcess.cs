using System.Globalization;

namespace Spp.Testing;

/// <summary>Looks at processes through /proc (Linux), where the fixtures run.</summary>
internal static class LocalProcess
{
    public static int CurrentId => Environment.ProcessId;

    /// <summary>
    /// Whether a process with this id exists and is not a zombie. A killed multi-threaded process
    /// shows its main thread as a zombie while other threads still exit (and hold its sockets),
    /// so every thread is looked at.
    /// </summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{pid}/task")
                .Any(thread => ThreadState(Path.Combine(thread, "stat")) is not (null or "Z" or "X"));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Whether the process's command line contains the given text (used to recognise our servers).</summary>
    public static bool CommandLineContains(int pid, string text)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Ids of all processes on the machine.</summary>
    public static IEnumerable<int> All() => Directory.EnumerateDirectories("/proc")
        .Select(Path.GetFileName)
        .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
        .Where(pid => pid > 0);

    /// <summary>Reads a pid file; null when it is missing or not a number.</summary>
    public static int? ReadPidFile(string path)
    {
        try
        {
            var first = File.ReadLines(path).FirstOrDefault()?.Trim();
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Sends SIGKILL to the process when it is alive.</summary>
    public static void Kill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // already gone
        }
        catch (InvalidOperationException)
        {
            // exited meanwhile
        }

        // Not our child, so poll: the process may linger briefly as a zombie of its parent.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (IsAlive(pid) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
    }

    private static string? ThreadState(string statFile)
    {
        try
        {
            var stat = File.ReadAllText(statFile);
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
