using System.Diagnostics;
using System.Globalization;
using Dossier.Fuzz.Hostile;

namespace Dossier.Bench.Fuzz;

/// <summary>
/// `fuzz [--files N] [--formats a,b] [--seed S] [--keep DIR] [--root CHECKOUT]`: N hostile files per format through the real import
/// service on a SQLite store. Prints per format: files, failed as reported, crashes, stalls (over 5 s), partial
/// writes, unnamed failures, the slowest file and the process's peak memory. Crashing and stalling files are kept.
/// </summary>
public static class FuzzBenchmark
{
    private const double StallSeconds = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var files = int.Parse(Option(args, "--files") ?? "10000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "15", CultureInfo.InvariantCulture);
        var formats = (Option(args, "--formats")?.Split(',') ?? FuzzFormat.All.Select(f => f.Name).ToArray()).Select(FuzzFormat.Named).ToList();
        var root = Option(args, "--root") ?? FindRoot();
        var keep = Directory.CreateDirectory(Option(args, "--keep") ?? Path.Combine(Path.GetTempPath(), "dossier-fuzz-findings")).FullName;
        var seeds = await FuzzSeeds.LoadAsync(Path.GetFullPath(Path.Combine(root, "..", "shared")), root).ConfigureAwait(false);

        Console.WriteLine("format      files  reported  imported  crashes  stalls  partial  unnamed  max s   peak MB  total s");
        var bad = 0;
        foreach (var format in formats)
        {
            var work = Directory.CreateTempSubdirectory("dossier-fuzz-").FullName;
            var tally = new Dictionary<FuzzVerdict, int>();
            var stalls = 0;
            var slowest = 0.0;
            var total = 0.0;
            await using (var import = await FuzzImport.OpenAsync(work).ConfigureAwait(false))
            {
                var random = new Random(seed);
                var pool = seeds.For(format);
                // Warm up on the seeds themselves (language models load on first use), untimed and uncounted.
                for (var i = 0; i < pool.Count; i++)
                {
                    await import.ImportAsync("seed" + i.ToString(CultureInfo.InvariantCulture), pool[i], format).ConfigureAwait(false);
                }
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < files; i++)
                {
                    var bytes = Mutator.Mutate(pool[random.Next(pool.Count)], format, random);
                    var outcome = await import.ImportAsync("f" + i.ToString(CultureInfo.InvariantCulture), bytes, format).ConfigureAwait(false);
                    tally[outcome.Verdict] = tally.GetValueOrDefault(outcome.Verdict) + 1;
                    slowest = Math.Max(slowest, outcome.Seconds);
                    var stalled = outcome.Seconds > StallSeconds;
                    stalls += stalled ? 1 : 0;
                    if (stalled || outcome.Verdict is FuzzVerdict.Crash or FuzzVerdict.PartialWrite or FuzzVerdict.Unnamed)
                    {
                        var name = $"{format.Name}-{i}-{outcome.Verdict}{(stalled ? "-stall" : "")}{format.Extension}";
                        await File.WriteAllBytesAsync(Path.Combine(keep, name), bytes).ConfigureAwait(false);
                        Console.Error.WriteLine($"{name}: {outcome}");
                    }
                }
                total = clock.Elapsed.TotalSeconds;
            }
            Directory.Delete(work, recursive: true);
            int Count(FuzzVerdict v) => tally.GetValueOrDefault(v);
            bad += Count(FuzzVerdict.Crash) + Count(FuzzVerdict.PartialWrite) + Count(FuzzVerdict.Unnamed) + stalls;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{format.Name,-10} {files,6} {Count(FuzzVerdict.FailedAsReported),9} {Count(FuzzVerdict.Imported),9} {Count(FuzzVerdict.Crash),8} {stalls,7} {Count(FuzzVerdict.PartialWrite),8} {Count(FuzzVerdict.Unnamed),8} {slowest,6:F2} {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),9} {total,8:F0}"));
        }
        Console.WriteLine($"findings kept in {keep}");
        return bad == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
