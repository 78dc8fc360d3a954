using System.Globalization;

namespace Dossier.Bench.Http;

/// <summary>
/// A server's CPU time, read from /proc/PID/stat (user plus system, in clock ticks of 10 ms): across a timed run, the
/// difference is what the server spent on it, whatever else the shared machine was doing.
/// </summary>
internal static class ProcessCpu
{
    public static bool Exists(int pid) => File.Exists($"/proc/{pid}/stat");

    public static double Ms(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }
}
