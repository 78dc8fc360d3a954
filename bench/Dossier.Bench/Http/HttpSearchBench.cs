using System.Globalization;
using Dossier.Bench.Search;
using Dossier.Core.Records;
using Dossier.Storage;

namespace Dossier.Bench.Http;

/// <summary>
/// `search-http --data DIR --server NAME=URL [--server NAME=URL …] [--pid PID …] [--per-class N] [--rounds N] [--budget S] [--warm-up S] [--list FILE]`: the
/// search speed a client sees. Each running `dossier serve` named is asked through `/api/search` (top 10, snippets,
/// facets, a unique parameter per request), side by side in one run with plain Lucene.NET (English analysis) and SQLite
/// FTS5 built from the same records' text, which it reads from the data folder's store (the servers keep the index).
/// Prints p50/p95/p99 per query class and each server's ratio to the peers; with `--pid`, each server's CPU milliseconds
/// per query too (read from /proc across its blocks), which the shared machine's load disturbs less than the latencies.
/// </summary>
internal static class HttpSearchBench
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var data = Option(args, "--data");
        var servers = Options(args, "--server").Select(s => s.Split('=', 2)).Where(p => p.Length == 2).Select(p => (Name: p[0], Url: new Uri(p[1]))).ToList();
        var pids = Options(args, "--pid").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        if (data is null || servers.Count == 0 || pids.Count > servers.Count)
        {
            Console.Error.WriteLine("usage: search-http --data DIR --server NAME=URL [--server NAME=URL …] [--pid PID …] [--per-class N] [--rounds N] [--budget S]");
            Console.Error.WriteLine("       each --pid is the process of the --server at its place: its CPU per query is printed");
            return 2;
        }
        foreach (var pid in pids.Where(pid => !ProcessCpu.Exists(pid)))
        {
            Console.Error.WriteLine($"error: --pid {pid} names no running process");
            return 2;
        }
        var perClass = int.Parse(Option(args, "--per-class") ?? "30", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(int.Parse(Option(args, "--budget") ?? "20", CultureInfo.InvariantCulture));
        Console.WriteLine($"search-http: {Environment.ProcessorCount} cores, load average {LoadAverage.Now()}, the client under the {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector");

        var documents = new List<BenchDocument>();
        await using (var store = await StoreFactory.OpenAsync(data, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await foreach (var record in store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(BenchDocument.Of(record));
            }
        }
        documents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        Console.WriteLine($"{documents.Count} records read from {data}");
        var sharedNames = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpora", "frus", "soviet-name-variants.jsonl"));
        var namesFile = File.Exists(sharedNames) ? sharedNames : "/work/shared/corpora/frus/soviet-name-variants.jsonl";
        var (queries, warmUp) = QuerySets.BuildWithWarmUp(documents, namesFile, perClass);
        if (Option(args, "--list") is { } list)
        {
            // The drawn queries, one "class<TAB>typed" a line, for a profiler's load or wrk: nothing is timed.
            await File.WriteAllLinesAsync(list, queries.Select(q => q.Class + "\t" + q.Typed), cancellationToken).ConfigureAwait(false);
            return 0;
        }
        var ftsFile = Path.Combine(Path.GetTempPath(), "dossier-http-bench-fts5-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".db");
        var (ftsSeconds, ftsBytes) = await Fts5Engine.BuildAsync(ftsFile, documents, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"fts5 built in {ftsSeconds:0.0} s, {ftsBytes / 1e6:0} MB");
        var (lucene, luceneSeconds) = LuceneEngine.Build(Path.Combine(Path.GetTempPath(), "dossier-http-bench-lucene-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)), documents, english: true);
        Console.WriteLine($"{lucene.Name} built in {luceneSeconds:0.0} s");

        // Xapian and Sphinx, processes of their own, when installed (--no-process-peers leaves them out: Xapian takes about 2 minutes to build).
        var peerBuilds = new BenchReport();
        var withProcessPeers = !args.Contains("--no-process-peers", StringComparer.Ordinal);
        using var xapian = withProcessPeers ? await ProcessPeers.XapianAsync(peerBuilds, documents, cancellationToken).ConfigureAwait(false) : null;
        using var sphinx = withProcessPeers ? await ProcessPeers.SphinxAsync(peerBuilds, documents, cancellationToken).ConfigureAwait(false) : null;

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var fts = await Fts5Engine.OpenAsync(ftsFile, " AND ", cancellationToken).ConfigureAwait(false);
        using var _ = lucene;
        var engines = new List<ISearchEngine>(servers.Select((s, i) => new HttpSearchEngine(s.Name, s.Url, client, i < pids.Count ? pids[i] : null))) { lucene, fts };
        engines.AddRange(new ISearchEngine?[] { xapian, sphinx }.OfType<ISearchEngine>());
        var runner = new SpeedRunner(rounds, budget);
        await SpeedRunner.WarmUpAsync(engines, warmUp, SpeedRunner.WarmUpTime(args), cancellationToken).ConfigureAwait(false);
        Console.WriteLine("timing: the engines side by side, each round each engine the whole class, their order turning from a round to the next");
        var rows = new List<SpeedRow>();
        foreach (var queryClass in QuerySets.Classes)
        {
            rows.AddRange(await runner.RunSideBySideAsync(engines, queryClass, queries.Where(q => q.Class == queryClass).ToList(), cancellationToken).ConfigureAwait(false));
        }
        Console.WriteLine($"load average after: {LoadAverage.Now()}");
        Console.WriteLine($"{"class",-9} {"engine",-14} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"cpu ms",7}   ratios p50/p99 to {lucene.Name} and {fts.Name}");
        foreach (var row in rows)
        {
            var peer = rows.First(r => r.Class == row.Class && r.Engine == lucene.Name);
            var sqlite = rows.First(r => r.Class == row.Class && r.Engine == fts.Name);
            var ratios = servers.Any(s => s.Name == row.Engine)
                ? $"   {row.P50 / peer.P50:0.00}×/{row.P99 / peer.P99:0.00}×  {row.P50 / sqlite.P50:0.00}×/{row.P99 / sqlite.P99:0.00}×"
                : "";
            var cpu = row.CpuMs is { } ms ? ms.ToString("0.00", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Class,-9} {row.Engine,-14} {row.Samples,5} {row.P50,8:0.00} {row.P95,8:0.00} {row.P99,8:0.00} {cpu,7}{ratios}"));
        }
        // Over all classes together, as issue 9's table gives them, with each server's ratio to every peer.
        Console.WriteLine($"{"all",-9} {"engine",-14} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}   server/engine p50 and p99 for each server");
        foreach (var engine in engines)
        {
            var times = rows.Where(r => r.Engine == engine.Name).SelectMany(r => r.Times ?? []).Order().ToList();
            var ratios = string.Join("  ", servers.Where(s => s.Name != engine.Name).Select(s =>
            {
                var mine = rows.Where(r => r.Engine == s.Name).SelectMany(r => r.Times ?? []).Order().ToList();
                return string.Create(CultureInfo.InvariantCulture, $"{s.Name} {SpeedRow.Percentile(mine, 0.5) / SpeedRow.Percentile(times, 0.5):0.00}×/{SpeedRow.Percentile(mine, 0.99) / SpeedRow.Percentile(times, 0.99):0.00}×");
            }));
            var trip = peerBuilds.PeerRoundTripMs.TryGetValue(engine.Name, out var t) ? string.Create(CultureInfo.InvariantCulture, $"  (a round trip {t:0.000} ms included)") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-9} {engine.Name,-14} {times.Count,5} {SpeedRow.Percentile(times, 0.5),8:0.00} {SpeedRow.Percentile(times, 0.95),8:0.00} {SpeedRow.Percentile(times, 0.99),8:0.00}   {ratios}{trip}"));
        }
        File.Delete(ftsFile);
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                yield return args[i + 1];
            }
        }
    }
}
