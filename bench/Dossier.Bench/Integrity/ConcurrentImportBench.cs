using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Search;
using Dossier.Storage;

namespace Dossier.Bench.Integrity;

/// <summary>
/// `concurrent-import [--runs N] [--seconds S] [--loops L]`: issue 15, item 5. Each run serves a copy of a tei-mini archive
/// (frus1961-63v06) with `dossier serve`, puts L concurrent loopback HttpClient loops on search and document pages for
/// at least S seconds while a `dossier import` of the other volume (frus1955-57v24) runs beside it, then checks: the
/// server did not crash, the import succeeded, every imported record is in the server's committed index, the index
/// lock file is still there; and counts HTTP errors.
/// </summary>
internal static partial class ConcurrentImportBench
{
    /// <summary>How long the server's follower may take to index the volume, under the load, before the run fails.</summary>
    private static readonly TimeSpan IndexWait = TimeSpan.FromSeconds(240);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 10);
        var seconds = Option(args, "--seconds", 20);
        var loops = Option(args, "--loops", 32);
        var teiMini = Path.Combine(SharedMaterial.Folder(), "corpora", "frus", "tei-mini");
        var work = Path.Combine(Path.GetTempPath(), "dossier-concurrent-import-" + Guid.NewGuid().ToString("N")[..8]);
        var template = Path.Combine(work, "template");
        try
        {
            Console.WriteLine($"preparing the archive: frus1961-63v06 into {template}");
            var (seeded, seedOutput) = await DossierChild.RunAsync(CancellationToken.None, "import", Path.Combine(teiMini, "frus1961-63v06.xml"), "--data", template).ConfigureAwait(false);
            if (seeded != 0)
            {
                Console.Error.WriteLine(seedOutput);
                return 1;
            }
            var results = new List<ConcurrentImportRun>();
            for (var run = 1; run <= runs; run++)
            {
                var folder = Path.Combine(work, "run" + run.ToString(CultureInfo.InvariantCulture));
                CopyFolder(template, folder);
                var result = await RunOnceAsync(folder, Path.Combine(teiMini, "frus1955-57v24.xml"), TimeSpan.FromSeconds(seconds), loops).ConfigureAwait(false);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {(result.Passed ? "ok" : "FAILED")}  server crashed {result.ServerCrashed}, exceptions logged {result.ServerExceptions}; import exit {result.ImportExitCode} in {result.ImportTime.TotalSeconds:0.0} s (store only: {result.ImportWroteStoreOnly}), {result.ImportedRecords} records, {result.ImportedNotIndexed} not indexed, indexed {Seconds(result.IndexedAfter)} after; {result.Requests} requests, {result.HttpErrors} HTTP errors; lock file kept {result.LockFileKept}"));
                Directory.Delete(folder, recursive: true);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{runs} runs, {loops} loops: {results.Count(r => r.Passed)} passed; server crashes {results.Count(r => r.ServerCrashed)}; import failures {results.Count(r => r.ImportExitCode != 0)}; imported records not indexed {results.Sum(r => r.ImportedNotIndexed)} of {results.Sum(r => r.ImportedRecords)}; HTTP errors {results.Sum(r => r.HttpErrors)} of {results.Sum(r => r.Requests)} requests; server exceptions logged {results.Sum(r => r.ServerExceptions)}; indexed after the import ended: median {Median(results)}, max {Seconds(results.Max(r => r.IndexedAfter))} (never: {results.Count(r => r.IndexedAfter is null)})"));
            return results.All(r => r.Passed) ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<ConcurrentImportRun> RunOnceAsync(string data, string volume, TimeSpan minimum, int loops)
    {
        using var server = DossierChild.Start("serve", "--urls", "http://127.0.0.1:0", "--data", data);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Line += line =>
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        if (ListeningOn().Match(server.Output) is { Success: true } early)
        {
            listening.TrySetResult(new Uri(early.Groups[1].Value));
        }
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };

        using var stop = new CancellationTokenSource();
        var load = new ServeLoad(url, loops);
        var loadClock = Stopwatch.StartNew();
        var loading = load.RunAsync(stop.Token);
        var importClock = Stopwatch.StartNew();
        var (importExit, importOutput) = await DossierChild.RunAsync(CancellationToken.None, "import", volume, "--json", "--data", data).ConfigureAwait(false);
        var importTime = importClock.Elapsed;
        var afterImport = Stopwatch.StartNew();
        TimeSpan? indexedAfter = null;
        while (afterImport.Elapsed < IndexWait && !server.Process.HasExited)
        {
            using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health/index", UriKind.Relative)).ConfigureAwait(false));
            if (health.RootElement.GetProperty("index_sequence").GetInt64() >= health.RootElement.GetProperty("store_sequence").GetInt64())
            {
                indexedAfter = afterImport.Elapsed;
                break;
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        if (loadClock.Elapsed < minimum)
        {
            await Task.Delay(minimum - loadClock.Elapsed).ConfigureAwait(false);
        }
        await stop.CancelAsync().ConfigureAwait(false);
        await loading.ConfigureAwait(false);
        var crashed = server.Process.HasExited;
        server.Process.Kill(entireProcessTree: true);
        await server.Process.WaitForExitAsync().ConfigureAwait(false);

        var imported = ImportedIds(importOutput);
        var indexed = IndexInventory.Read(data).Ids;
        var store = await StoreFactory.OpenAsync(data).ConfigureAwait(false);
        var storeRecords = await store.Records.CountAsync().ConfigureAwait(false);
        store.ReleaseConnections();
        return new ConcurrentImportRun
        {
            ServerCrashed = crashed,
            ServerExceptions = server.Output.Split('\n').Count(l => l.Contains("Exception", StringComparison.Ordinal)),
            ImportExitCode = importExit,
            ImportWroteStoreOnly = importOutput.Contains("written to the store only", StringComparison.Ordinal),
            Requests = load.Requests,
            HttpErrors = load.Errors,
            StoreRecords = storeRecords,
            ImportedRecords = imported.Count,
            ImportedNotIndexed = imported.Count(id => !indexed.Contains(id)),
            IndexedAfter = indexedAfter,
            ImportTime = importTime,
            LockFileKept = File.Exists(LuceneSearchIndex.LockFilePath(data)),
        };
    }

    /// <summary>The record ids an `import --json` wrote (its JSON starts at the first '{' of the output).</summary>
    private static List<string> ImportedIds(string output)
    {
        var start = output.IndexOf('{', StringComparison.Ordinal);
        var end = output.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return [];
        }
        try
        {
            using var json = JsonDocument.Parse(output[start..(end + 1)]);
            return json.RootElement.TryGetProperty("ids", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()!).ToList() : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Median(List<ConcurrentImportRun> results)
    {
        var times = results.Where(r => r.IndexedAfter is not null).Select(r => r.IndexedAfter!.Value).Order().ToList();
        return times.Count == 0 ? "never" : Seconds(times[times.Count / 2]);
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? t.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture) : "never";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    [GeneratedRegex(@"reading room on (http://\S+) ", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningOn();
}
