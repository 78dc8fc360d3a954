using System.Globalization;

namespace Dossier.Bench.Startup;

/// <summary>
/// CPU time (user + system) of the bench's finished child processes, from the cutime and cstime fields of
/// /proc/self/stat (proc(5); clock ticks of 1/100 s): the difference across one run is that child's CPU, which other
/// work on a shared machine changes much less than its wall-clock time. Null where /proc is missing.
/// </summary>
internal static class ChildCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan? Total()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return null;
        }
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the command name (in parentheses, which may hold spaces): state is field 3, cutime 16, cstime 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
