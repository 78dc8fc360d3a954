using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Web;

/// <summary>Runs wrk (Debian package `wrk`) against a URL and reads requests/s and the latency percentiles it prints.</summary>
internal static partial class Wrk
{
    public static bool IsInstalled => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<WrkResult> RunAsync(string name, Uri url, int connections, TimeSpan duration, bool uncached, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
        var arguments = new List<string> { "-t2", "-c" + connections.ToString(CultureInfo.InvariantCulture), "-d" + seconds, "--latency" };
        string? script = null;
        if (uncached)
        {
            script = Path.Combine(Path.GetTempPath(), "dossier-wrk-" + Guid.NewGuid().ToString("N")[..8] + ".lua");
            await File.WriteAllTextAsync(script, UniqueRequests.Script(null), cancellationToken);
            arguments.AddRange(["-s", script]);
        }
        arguments.Add(url.ToString());
        var start = new ProcessStartInfo("wrk", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            return await RunAsync(name, start, cancellationToken);
        }
        finally
        {
            if (script is not null)
            {
                File.Delete(script);
            }
        }
    }

    private static async Task<WrkResult> RunAsync(string name, ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("wrk failed: " + await process.StandardError.ReadToEndAsync(cancellationToken));
        }
        // With the unique-URL script, an answer from the output cache counts as an error: it measured the cache.
        var errors = (NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + UniqueRequests.CachedAnswers(output);
        return new WrkResult(
            name,
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"),
            Percentile(output, "99"),
            errors);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, @"^\s*" + percent + @"%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex NonSuccess();
}
