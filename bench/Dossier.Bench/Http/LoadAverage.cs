namespace Dossier.Bench.Http;

/// <summary>The machine's 1, 5 and 15 minute load averages, printed beside every figure: the machine is shared.</summary>
internal static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
