using System.Diagnostics;
using System.Globalization;
using Dossier.Bench.Ingest;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Npgsql;

namespace Dossier.Bench.Search;

/// <summary>
/// `search [--data DIR] [--corpus PATH] [--pick T,H] [--held-out] [--qrels N] [--rounds N] [--budget SECONDS] [--per-class N] [--diagnose] [--list-queries] [--quality-only] [--dossier-only] [--speed-only [--class NAME]] [--warm-up SECONDS]`: Dossier's
/// search against SQLite FTS5 and PostgreSQL full-text search built from the same text in the same run; speed per
/// query class (what the search page asks: top 10, snippets, facets) and relevance on the FRUS index-heading qrels.
/// Prints both tables and writes them to bench/out/search.json.
/// </summary>
public static class SearchBenchmark
{
    private const string PgFolder = "/tmp/dossier-bench-pg";
    private const int PgPort = 54329;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var frus = Path.Combine(SharedMaterial.Folder(), "corpora", "frus");
        var corpus = Option(args, "--corpus") ?? Path.Combine(frus, "frus-tei-100.tar.xz");
        if (Option(args, "--pick") is { } pick)
        {
            var counts = pick.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            var picked = QrelsSplit.Pick(Path.Combine(frus, "qrels-dev.jsonl"), counts[0], counts[1]);
            corpus = QrelsSplit.LinkFolder(await IngestCorpus.PrepareAsync(corpus, cancellationToken).ConfigureAwait(false), picked);
            Console.WriteLine("picked volumes (tuning, then held out): " + string.Join(' ', picked));
        }
        var heldOutToo = args.Contains("--held-out", StringComparer.Ordinal);
        var data = Option(args, "--data") ?? Path.Combine(Path.GetTempPath(), "dossier-bench-search");
        var sample = IntOption(args, "--qrels", 1500);
        var rounds = IntOption(args, "--rounds", 10);
        var budget = TimeSpan.FromSeconds(IntOption(args, "--budget", 12));
        var perClass = IntOption(args, "--per-class", 30);
        var diagnose = args.Contains("--diagnose", StringComparer.Ordinal);
        var qualityOnly = args.Contains("--quality-only", StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        var report = new BenchReport { Started = DateTimeOffset.UtcNow, LoadBefore = LoadAverage(), Cores = Environment.ProcessorCount };
        Console.WriteLine(Invariant($"search bench: {Environment.ProcessorCount} cores, load average {report.LoadBefore}; data {data}"));

        var (archive, figures) = await BenchArchive.OpenAsync(data, corpus, cancellationToken).ConfigureAwait(false);
        await using var _ = archive.ConfigureAwait(false);
        report.Ingest = figures;
        if (figures is not null)
        {
            Console.WriteLine(Invariant($"ingest with indexing: {figures.Documents} documents ({figures.FailedFiles} files failed), {figures.XmlBytes / 1e6:0.0} MB XML"));
            Console.WriteLine(Invariant($"  store import {figures.ImportSeconds:0.0} s, index catch-up {figures.IndexSeconds:0.0} s, total {figures.TotalSeconds:0.0} s ({figures.Documents / figures.TotalSeconds:0} docs/s), peak memory {figures.PeakBytes / 1e6:0} MB, index {figures.IndexBytes / 1e6:0} MB"));
        }

        var clock = Stopwatch.StartNew();
        var documents = await ExportAsync(archive.Store.Records, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(Invariant($"exported {documents.Count} documents ({documents.Sum(d => (long)d.Text.Length) / 1e6:0.0} M chars) for the peers in {clock.Elapsed.TotalSeconds:0.0} s"));

        var volumes = documents.Select(d => d.Volume).ToHashSet(StringComparer.Ordinal);
        var qrels = Path.Combine(frus, "qrels-dev.jsonl");
        var splits = new List<(string Name, List<Judgment> Judgments)>
        {
            ("tuning", QualityRunner.Load(qrels, sample, QuerySets.Seed, volumes.Where(v => !QrelsSplit.IsHeldOut(v)).ToHashSet(StringComparer.Ordinal))),
        };
        if (heldOutToo)
        {
            splits.Add(("held-out", QualityRunner.Load(qrels, sample, QuerySets.Seed, volumes.Where(QrelsSplit.IsHeldOut).ToHashSet(StringComparer.Ordinal))));
        }
        report.QrelsUsed = splits.Sum(s => s.Judgments.Count);
        Console.WriteLine(Invariant($"quality: {string.Join(", ", splits.Select(s => $"{s.Judgments.Count} {s.Name}"))} headings of qrels-dev.jsonl in the {volumes.Count} volumes loaded (random sample of up to {sample} per split, seed {QuerySets.Seed}; --held-out adds the held-out split)"));
        var dossier = new DossierEngine(archive.Index!);
        if (args.Contains("--dossier-only", StringComparer.Ordinal))
        {
            // Dossier alone, no peers built: to compare ranking changes quickly; the goal is read from a full run.
            await JudgeAsync(report, [dossier], splits, cancellationToken).ConfigureAwait(false);
            BenchReport.Print(report);
            return 0;
        }

        var ftsFile = Path.Combine(Path.GetTempPath(), "dossier-bench-fts5.db");
        var (ftsSeconds, ftsBytes) = await Fts5Engine.BuildAsync(ftsFile, documents, cancellationToken).ConfigureAwait(false);
        report.Peers["fts5"] = new PeerBuild(ftsSeconds, 0, ftsBytes);
        Console.WriteLine(Invariant($"fts5: built in {ftsSeconds:0.0} s, {ftsBytes / 1e6:0} MB"));

        using var fts = await Fts5Engine.OpenAsync(ftsFile, " AND ", cancellationToken).ConfigureAwait(false);
        report.DataBytes = FolderBytes.Of(data);
        if (args.Contains("--speed-only", StringComparer.Ordinal) && !qualityOnly)
        {
            // Dossier alone, no peer built but FTS5 (which describes the query classes), no PostgreSQL and no quality: to
            // compare two builds back to back on the same archive.
            var (queries, warmUp) = QuerySets.BuildWithWarmUp(documents, Path.Combine(frus, "soviet-name-variants.jsonl"), perClass);
            await DescribeQueriesAsync(report, queries, dossier, fts, documents.Count, cancellationToken).ConfigureAwait(false);
            var speed = new SpeedRunner(rounds, budget);
            await SpeedRunner.WarmUpAsync([dossier], warmUp, SpeedRunner.WarmUpTime(args), cancellationToken).ConfigureAwait(false);
            foreach (var queryClass in QuerySets.Classes.Where(c => Option(args, "--class") is not { } only || string.Equals(c, only, StringComparison.Ordinal)))
            {
                report.Speed.Add(await speed.RunAsync(dossier, queryClass, queries.Where(q => q.Class == queryClass).ToList(), cancellationToken).ConfigureAwait(false));
            }
            report.LoadAfterSpeed = LoadAverage();
            BenchReport.Print(report);
            return 0;
        }

        var luceneStd = BuildLucene(report, documents, english: false);
        var luceneEn = BuildLucene(report, documents, english: true);
        using var _std = luceneStd;
        using var _en = luceneEn;
        using var ftsOr = await Fts5Engine.OpenAsync(ftsFile, " OR ", cancellationToken).ConfigureAwait(false);
        using var xapian = await ProcessPeers.XapianAsync(report, documents, cancellationToken).ConfigureAwait(false);
        using var sphinx = await ProcessPeers.SphinxAsync(report, documents, cancellationToken).ConfigureAwait(false);
        ISearchEngine[] processPeers = [.. new ISearchEngine?[] { xapian, sphinx }.OfType<ISearchEngine>()];
        if (qualityOnly)
        {
            ISearchEngine[] quick = [dossier, ftsOr, fts, luceneStd, luceneEn, .. processPeers];
            if (diagnose)
            {
                quick = [.. quick, new DossierEngine(archive.Index!, "dos-words", headingJoiner: " ")];
            }
            await JudgeAsync(report, quick, splits, cancellationToken).ConfigureAwait(false);
            BenchReport.Print(report);
            return 0;
        }

        var url = await PgPrivateAsync("start", cancellationToken).ConfigureAwait(false);
        try
        {
            await using var pg = new NpgsqlDataSourceBuilder($"Host=127.0.0.1;Port={PgPort};Username=postgres;Database=postgres;Max Auto Prepare=32;Command Timeout=0").Build();
            var (load, index, bytes) = await PostgresEngine.BuildAsync(pg, documents, cancellationToken).ConfigureAwait(false);
            report.Peers["pg"] = new PeerBuild(load, index, bytes);
            Console.WriteLine(Invariant($"postgres ({url}): loaded with tsvector in {load:0.0} s, GIN + btree + analyze {index:0.0} s, {bytes / 1e6:0} MB"));

            var (queries, warmUp) = QuerySets.BuildWithWarmUp(documents, Path.Combine(frus, "soviet-name-variants.jsonl"), perClass);
            await DescribeQueriesAsync(report, queries, dossier, fts, documents.Count, cancellationToken).ConfigureAwait(false);
            if (args.Contains("--list-queries", StringComparer.Ordinal))
            {
                foreach (var row in report.QueryCounts)
                {
                    Console.WriteLine(Invariant($"  {row.Class,-9} {row.Typed,-40} dossier {row.Dossier,6}  fts5 {row.Fts5,6}"));
                }
                return 0;
            }

            var speed = new SpeedRunner(rounds, budget);
            ISearchEngine[] timed = [dossier, fts, luceneEn, new PostgresEngine(pg, or: false, coverDensity: false), .. processPeers];
            if (diagnose)
            {
                timed = [.. timed, new DossierEngine(archive.Index!, "dos-nofacet", facets: false), new DossierEngine(archive.Index!, "dos-bare", facets: false, snippets: 0)];
            }
            await SpeedRunner.WarmUpAsync(timed, warmUp, SpeedRunner.WarmUpTime(args), cancellationToken).ConfigureAwait(false);
            Console.WriteLine(Invariant($"timing: each query once to warm up, then up to {rounds} rounds per class within {budget.TotalSeconds:0} s per engine, the engines taking turns round by round"));
            foreach (var queryClass in QuerySets.Classes)
            {
                report.Speed.AddRange(await speed.RunSideBySideAsync(timed, queryClass, queries.Where(q => q.Class == queryClass).ToList(), cancellationToken).ConfigureAwait(false));
            }
            report.LoadAfterSpeed = LoadAverage();

            ISearchEngine[] judged = [dossier, ftsOr, fts, luceneStd, luceneEn, new PostgresEngine(pg, or: false, coverDensity: false), new PostgresEngine(pg, or: true, coverDensity: false), new PostgresEngine(pg, or: true, coverDensity: true), .. processPeers];
            if (diagnose)
            {
                judged = [.. judged, new DossierEngine(archive.Index!, "dos-words", headingJoiner: " "), new DossierEngine(archive.Index!, "dos-or", headingJoiner: " OR ")];
            }
            await JudgeAsync(report, judged, splits, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await PgPrivateAsync("stop", cancellationToken).ConfigureAwait(false);
        }
        report.LoadAfter = LoadAverage();
        report.Seconds = total.Elapsed.TotalSeconds;
        BenchReport.Print(report);
        var output = Path.Combine(RepositoryRoot(), "bench", "out", "search.json");
        await report.WriteAsync(output, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(Invariant($"written {output}; whole run {report.Seconds:0} s"));
        return 0;
    }

    private static async Task JudgeAsync(BenchReport report, IEnumerable<ISearchEngine> engines, List<(string Name, List<Judgment> Judgments)> splits, CancellationToken cancellationToken)
    {
        foreach (var (name, judgments) in splits)
        {
            foreach (var engine in engines)
            {
                report.Quality.Add(await QualityRunner.RunAsync(engine, judgments, name, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private static LuceneEngine BuildLucene(BenchReport report, IReadOnlyList<BenchDocument> documents, bool english)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-" + (english ? "lucene-en" : "lucene-std"));
        var (engine, seconds) = LuceneEngine.Build(folder, documents, english);
        report.Peers[engine.Name] = new PeerBuild(seconds, 0, FolderBytes.Of(folder));
        Console.WriteLine(Invariant($"{engine.Name}: built in {seconds:0.0} s, {report.Peers[engine.Name].Bytes / 1e6:0} MB"));
        return engine;
    }

    private static async Task DescribeQueriesAsync(BenchReport report, List<BenchQuery> queries, DossierEngine dossier, Fts5Engine fts, int documents, CancellationToken cancellationToken)
    {
        foreach (var queryClass in QuerySets.Classes)
        {
            var counts = new List<int>();
            foreach (var query in queries.Where(q => q.Class == queryClass))
            {
                counts.Add(await dossier.CountAsync(query.Typed, cancellationToken).ConfigureAwait(false));
                report.QueryCounts.Add(new QueryCount(queryClass, query.Typed, counts[^1], await fts.CountAsync(query, cancellationToken).ConfigureAwait(false)));
            }
            counts.Sort();
            var examples = string.Join(" | ", queries.Where(q => q.Class == queryClass).Take(4).Select(q => q.Typed));
            report.QuerySets.Add(new QuerySetInfo(queryClass, counts.Count, counts[0], counts[counts.Count / 2], counts[^1], examples));
            Console.WriteLine(Invariant($"  {queryClass,-9} {counts.Count,3} queries; Dossier hits min {counts[0]}, median {counts[counts.Count / 2]}, max {counts[^1]} of {documents}; e.g. {examples}"));
        }
    }

    private static async Task<List<BenchDocument>> ExportAsync(IRecordStore records, CancellationToken cancellationToken)
    {
        var documents = new List<BenchDocument>();
        await foreach (var record in records.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(BenchDocument.Of(record));
        }
        documents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return documents;
    }

    private static async Task<string> PgPrivateAsync(string command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/work/shared/tools/pg-private.sh") { ArgumentList = { command, PgFolder, PgPort.ToString(CultureInfo.InvariantCulture) }, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg-private.sh could not be started");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg-private.sh {command} failed with exit code {process.ExitCode}");
        }
        return output.Trim();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
