using System.Globalization;

namespace Pledge.Benchmarks;

/// <summary>
/// CPU time (user + system) of this process and every process under it — for PDF, Playwright's driver and
/// Chromium's browser, renderer and GPU processes — read from Linux's /proc. Wall time on a shared 2-core machine
/// depends on what else runs; the CPU time a certificate costs does not, so the benchmark reports both. Children
/// that have exited count through their parent's cutime/cstime. Null where there is no /proc.
/// </summary>
internal static class ProcessTreeCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux architecture .NET runs on

    public static TimeSpan? Now()
    {
        if (!File.Exists("/proc/self/stat")) return null;
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[1] ppid; fields[11..14] utime, stime, cutime, cstime (proc(5), counted from `state`).
                var ticks = Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
                processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), ticks);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }
        var self = Environment.ProcessId;
        long total = 0;
        foreach (var (pid, (_, ticks)) in processes)
            if (IsUnder(pid, self, processes)) total += ticks;
        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static bool IsUnder(int pid, int ancestor, Dictionary<int, (int Parent, long Ticks)> processes)
    {
        for (var depth = 0; depth < 64; depth++)
        {
            if (pid == ancestor) return true;
            if (!processes.TryGetValue(pid, out var p) || p.Parent == 0) return false;
            pid = p.Parent;
        }
        return false;
    }
}
