using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dossier.Bench.Http;
using Dossier.Bench.Web;

namespace Dossier.Bench.Startup;

/// <summary>
/// <c>startup [--runs N] [--dossier PATH] [--serve DIR]…</c>: the fixed cost of a `dossier` process, each run a fresh
/// child process timed from its start to its exit (or, for `serve`, to the first 200 on /health/ready): `list` on an
/// empty folder; importing the 35 KB model record into an empty folder and into a copy of an archive holding the two
/// tei-mini volumes; importing it again unchanged; `serve` on that archive and on each --serve folder. Medians, with
/// the goals of issue 9 (one small import under 2 s end to end, `serve` ready under 1 s). --dossier picks the build to
/// time (a published `dossier` executable or a dossier.dll; default: the dossier.dll beside the bench), so two builds
/// can be compared back to back.
/// </summary>
public static class StartupBench
{
    private static readonly TimeSpan ImportGoal = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ServeGoal = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var dossier = Path.GetFullPath(Option(args, "--dossier") ?? Path.Combine(AppContext.BaseDirectory, "dossier.dll"));
        var shared = SharedMaterial.Folder();
        var model = Path.Combine(shared, "fixtures", "wcda", "119698.md");
        var work = Directory.CreateTempSubdirectory("dossier-startup-");
        try
        {
            Console.WriteLine($"dossier: {dossier}; {runs} runs each; load average at start {LoadAverage.Now()}");
            var mini = Path.Combine(work.FullName, "tei-mini");
            await RunAsync(dossier, "import", Path.Combine(shared, "corpora", "frus", "tei-mini"), "--data", mini);
            var rows = new List<(string Name, List<TimeSpan> Times, TimeSpan? Goal)>
            {
                ("`list`, empty folder", await TimesAsync(runs, dossier, work, _ => [], data => ["list", "--data", data]), null),
                ("import the model record, empty folder", await TimesAsync(runs, dossier, work, _ => [], data => ["import", model, "--data", data]), ImportGoal),
                ("import the model record, archive with tei-mini", await TimesAsync(runs, dossier, work, data => [("copy", mini, data)], data => ["import", model, "--data", data]), ImportGoal),
                ("import it again, unchanged", await TimesAsync(runs, dossier, work, data => [("copy", mini, data), ("import", model, data)], data => ["import", model, "--data", data]), ImportGoal),
                ("`serve` to ready, tei-mini", await ServeTimesAsync(runs, dossier, mini), ServeGoal),
            };
            foreach (var extra in Options(args, "--serve"))
            {
                rows.Add(($"`serve` to ready, {Path.GetFileName(Path.TrimEndingDirectorySeparator(extra))}", await ServeTimesAsync(runs, dossier, Path.GetFullPath(extra)), ServeGoal));
            }
            Console.WriteLine();
            Console.WriteLine("| measure | median s | min s | max s | median CPU s | goal | |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            var timed = 0;
            foreach (var (name, times, goal) in rows)
            {
                var median = Median(times);
                var cpu = Cpu.Skip(timed).Take(times.Count).ToList();
                timed += times.Count;
                var medianCpu = cpu.All(c => c is not null) ? Median(cpu.Select(c => c!.Value).ToList()).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
                var verdict = goal is null ? "" : median < goal ? "✓" : "✗";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {median.TotalSeconds:0.00} | {times.Min().TotalSeconds:0.00} | {times.Max().TotalSeconds:0.00} | {medianCpu} | {(goal is null ? "—" : "< " + goal.Value.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s")} | {verdict} |"));
            }
            Console.WriteLine();
            Console.WriteLine($"load average at end {LoadAverage.Now()} (2 cores; figures above 2 mean other work shared them)");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs <paramref name="command"/> in a fresh data folder per run, after the untimed <paramref name="prepare"/> steps.</summary>
    private static async Task<List<TimeSpan>> TimesAsync(int runs, string dossier, DirectoryInfo work, Func<string, (string Step, string Source, string Data)[]> prepare, Func<string, string[]> command)
    {
        var times = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var data = Path.Combine(work.FullName, "run-" + Guid.NewGuid().ToString("N"));
            foreach (var (step, source, target) in prepare(data))
            {
                if (step == "copy")
                {
                    Copy(source, target);
                }
                else
                {
                    await RunAsync(dossier, step, source, "--data", target);
                }
            }
            var cpu = ChildCpu.Total();
            var clock = Stopwatch.StartNew();
            await RunAsync(dossier, command(data));
            times.Add(clock.Elapsed);
            Cpu.Add(ChildCpu.Total() - cpu);
            Directory.Delete(data, recursive: true);
        }
        return times;
    }

    private static async Task<List<TimeSpan>> ServeTimesAsync(int runs, string dossier, string data)
    {
        var times = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var cpu = ChildCpu.Total();
            times.Add(await ServeReadyAsync(dossier, data) ?? throw new InvalidOperationException($"`dossier serve --data {data}` was not ready within 120 s"));
            Cpu.Add(ChildCpu.Total() - cpu);
        }
        return times;
    }

    /// <summary>CPU of each timed child, in the order timed (for `serve`, until it was stopped just after it was ready).</summary>
    private static readonly List<TimeSpan?> Cpu = [];

    private static async Task<TimeSpan?> ServeReadyAsync(string dossier, string data)
    {
        var url = new Uri("http://127.0.0.1:" + ServeReadiness.FreePort().ToString(CultureInfo.InvariantCulture));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Start(dossier, ["serve", "--data", data, "--urls", url.ToString()]);
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(url, "/health/ready"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(5);
            }
            return null;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
    }

    private static async Task RunAsync(string dossier, params string[] args)
    {
        using var process = Start(dossier, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dossier {string.Join(' ', args)} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }

    private static Process Start(string dossier, string[] args)
    {
        var dll = dossier.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : dossier, dll ? ["exec", dossier, .. args] : args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No progress bar: what is timed is the work, not the terminal.
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dossier did not start");
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private static TimeSpan Median(List<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }
}
