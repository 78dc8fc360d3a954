using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Dossier.Bench.Http;
using Dossier.Bench.Integrity;
using Dossier.Core.Records;
using Dossier.Storage.Providers.Postgres;

namespace Dossier.Bench.Server;

/// <summary>
/// <c>propagation --database postgres://USER@HOST:PORT/DB [--writes N] [--records M] [--nodes K]</c>: the server-mode goal
/// "a write on one node is searchable on another within 2 s" (each node polls the store's change sequence every second).
/// On a database of its own on that server, K `dossier serve` nodes (default 2), each with its own data folder and port;
/// after one untimed warm-up write, N writes (default 20), each a `dossier import` of M new records (default 20, JSON Lines)
/// carrying one word no other write carries, from a data folder of its own, as an import job does. A write is timed from
/// the import's successful exit until every node's /api/search reports all M (polled every 25 ms; 30 s without is a
/// failure). Prints each write, then p50, p90, max, failures, whether the goal held for every write, and the load average
/// at start and end. Nodes, folders and the database are removed at the end, also on Ctrl+C. Exit code 1 when a write failed.
/// </summary>
internal static class PropagationBench
{
    private const string Usage = "usage: Dossier.Bench propagation --database postgres://USER@HOST:PORT/DB [--writes N] [--records M] [--nodes K]";
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Option(args, "--database");
        if (server is null || !PostgresConnectionString.IsPostgres(server))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var writes = int.Parse(Option(args, "--writes") ?? "20", CultureInfo.InvariantCulture);
        var records = int.Parse(Option(args, "--records") ?? "20", CultureInfo.InvariantCulture);
        var nodeCount = int.Parse(Option(args, "--nodes") ?? "2", CultureInfo.InvariantCulture);

        using var stop = new CancellationTokenSource();
        // Ctrl+C (or a kill) ends the run through the finally below instead of leaving servers and a database behind.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        var work = Directory.CreateTempSubdirectory("dossier-propagation-");
        var importer = Path.Combine(work.FullName, "importer");
        var nodes = new List<ServeNode>();
        BenchDatabase? database = null;
        try
        {
            var loadAtStart = LoadAverage.Now();
            database = await BenchDatabase.CreateAsync(server, "propagation", stop.Token);
            Console.WriteLine($"database {database.Name}; {nodeCount} nodes; {writes} writes of {records} records; load average at start {loadAtStart}");
            await RunDossierAsync(stop.Token, "db", "migrate", "--database", database.Url, "--data", importer);
            for (var i = 0; i < nodeCount; i++)
            {
                var name = ((char)('a' + i)).ToString();
                var node = new ServeNode(name, Path.Combine(work.FullName, "node-" + name), database.Url);
                nodes.Add(node);
                node.Start();
            }
            var starting = Stopwatch.StartNew();
            await Task.WhenAll(nodes.Select(n => n.WaitReadyAsync(TimeSpan.FromSeconds(60), stop.Token)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nodes ready in {starting.Elapsed.TotalMilliseconds:0} ms"));

            // Not timed: each node's first catch-up and first search load what later ones reuse.
            var warmUp = await WriteAsync(work.FullName, importer, database.Url, records, nodes, stop.Token);
            if (warmUp.Any(t => t is null))
            {
                throw new TimeoutException($"the warm-up write did not reach every node within {Patience}");
            }

            var times = new List<TimeSpan>();
            var failures = 0;
            for (var write = 1; write <= writes; write++)
            {
                var arrivals = await WriteAsync(work.FullName, importer, database.Url, records, nodes, stop.Token);
                var perNode = string.Join(", ", nodes.Zip(arrivals, (n, t) => n.Name + " " + Milliseconds(t)));
                if (arrivals.Any(t => t is null))
                {
                    failures++;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write {write,3}: {perNode} → FAILED (not on every node within {Patience.TotalSeconds:0} s)"));
                    continue;
                }
                var slowest = arrivals.Max()!.Value;
                times.Add(slowest);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write {write,3}: {perNode} → {slowest.TotalMilliseconds:0} ms"));
            }

            times.Sort();
            var met = failures == 0 && times.All(t => t < Goal);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"searchable on every node after the import exited: p50 {Milliseconds(Percentile(times, 0.5))}, p90 {Milliseconds(Percentile(times, 0.9))}, max {Milliseconds(times.Count == 0 ? null : times[^1])}; failures {failures} of {writes}"));
            Console.WriteLine($"goal: every write searchable on every node within {Goal.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: {(met ? "met" : "missed")}");
            Console.WriteLine($"load average at start {loadAtStart}, at end {LoadAverage.Now()}");
            return failures == 0 ? 0 : 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("stopped: removing the nodes, folders and database");
            return 130;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // A node that stopped or never got ready, a failed import: the run measures nothing more.
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
            if (database is not null)
            {
                await database.DisposeAsync();
            }
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Imports <paramref name="records"/> new records carrying a word of their own, then times, from the import's exit,
    /// each node's first search that finds them all (null for a node that did not within <see cref="Patience"/>).
    /// </summary>
    private static async Task<TimeSpan?[]> WriteAsync(string work, string importer, string database, int records, List<ServeNode> nodes, CancellationToken cancellationToken)
    {
        // Ten random letters: one token to every analyzer, and no near spelling of another write's word.
        var word = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        var file = Path.Combine(work, word + ".jsonl");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < records; i++)
            {
                var record = new ArchiveRecord
                {
                    Source = new SourceIdentifier { Archive = "Propagation bench", RecordId = $"{word}-{i.ToString(CultureInfo.InvariantCulture)}" },
                    Title = $"A note about the {word}, number {i.ToString(CultureInfo.InvariantCulture)}",
                    Date = HistoricalDate.Year(1950 + (i % 20)),
                    Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = $"The {word} was seen again." }],
                };
                record.Id = RecordId.For(record.Source);
                await writer.WriteLineAsync(RecordJson.Serialize(record).AsMemory(), cancellationToken);
            }
        }
        await RunDossierAsync(cancellationToken, "import", file, "--data", importer, "--database", database);
        var clock = Stopwatch.StartNew();
        return await Task.WhenAll(nodes.Select(n => n.SearchableAtAsync(word, records, clock, Patience, cancellationToken)));
    }

    private static async Task RunDossierAsync(CancellationToken cancellationToken, params string[] args)
    {
        var (exitCode, output) = await DossierChild.RunAsync(cancellationToken, args);
        // A Ctrl+C reaches the child too: its failure is then the interruption, not an error to report.
        cancellationToken.ThrowIfCancellationRequested();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dossier {string.Join(' ', args)} exited with {exitCode}:{Environment.NewLine}{output}");
        }
    }

    /// <summary>Nearest-rank percentile of <paramref name="sorted"/>; null when nothing was measured.</summary>
    private static TimeSpan? Percentile(List<TimeSpan> sorted, double fraction) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Milliseconds(TimeSpan? time) =>
        time is { } t ? t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms" : "—";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
