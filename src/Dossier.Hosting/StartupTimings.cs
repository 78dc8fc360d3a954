using System.Diagnostics;
using System.Globalization;

namespace Dossier.Hosting;

/// <summary>
/// With <c>DOSSIER_TIMINGS=1</c>, each step of opening an archive prints to stderr how long it took and how long
/// after the process started it ended, so a slow start can be split without a profiler. Silent otherwise.
/// </summary>
public sealed class StartupTimings
{
    public const string EnvironmentVariable = "DOSSIER_TIMINGS";

    private static readonly bool Enabled = string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable), "1", StringComparison.Ordinal);

    private readonly Stopwatch? _clock;

    private StartupTimings(Stopwatch? clock) => _clock = clock;

    /// <summary>A clock for the steps that follow; does nothing unless the variable is set.</summary>
    public static StartupTimings Start() => new(Enabled ? Stopwatch.StartNew() : null);

    /// <summary>Prints the time since the last step (or the start) and since the process started, then restarts the clock.</summary>
    public void Step(string name)
    {
        if (_clock is null)
        {
            return;
        }
        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {name}: {_clock.Elapsed.TotalMilliseconds:0} ms (process at {sinceProcessStart.TotalMilliseconds:0} ms)"));
        _clock.Restart();
    }
}
