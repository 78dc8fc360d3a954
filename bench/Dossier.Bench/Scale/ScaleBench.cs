using System.Globalization;
using Dossier.Bench.Http;
using Dossier.Bench.Ingest;
using Dossier.Bench.Search;
using Dossier.Bench.Web;
using Dossier.Core.Records;

namespace Dossier.Bench.Scale;

/// <summary>
/// `scale [--corpus PATH] [--volumes N] [--records N] [--stages documents,paragraphs,synthetic] [--per-class N] [--rounds N]
/// [--budget S] [--warm-up S] [--work DIR] [--reuse]`: issue 9 item 5, how Dossier grows. The same queries (drawn from the FRUS documents) are
/// asked of three archives: the 31.7k documents of the 100 volumes, their paragraphs as records, and a labelled
/// synthetic archive of N records (default 1,000,000) made from the paragraphs. Each archive is imported by
/// `dossier import` as a child process (ingest seconds, peak RSS), then served by `dossier serve` (time to ready), warmed
/// up on other queries for `--warm-up` seconds (10; none timed, as in the search benches: a server timed cold measured
/// its first class, "frequent", at a p99 of 68 ms on the documents), and asked through `/api/search` with a unique
/// parameter per request (p50/p99 per class, errors counted, the server's peak RSS). Prints each figure and its growth
/// from the documents archive. With `--work DIR --reuse`, a stage whose archive a previous run left in DIR is served
/// and timed again without being imported (its ingest is not timed).
/// </summary>
internal static class ScaleBench
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var corpus = HttpSearchBench.Option(args, "--corpus") ?? Path.Combine(SharedMaterial.Folder(), "corpora", "frus", "frus-tei-100.tar.xz");
        var synthetic = int.Parse(HttpSearchBench.Option(args, "--records") ?? "1000000", CultureInfo.InvariantCulture);
        var stages = (HttpSearchBench.Option(args, "--stages") ?? "documents,paragraphs,synthetic").Split(',');
        var perClass = int.Parse(HttpSearchBench.Option(args, "--per-class") ?? "30", CultureInfo.InvariantCulture);
        var rounds = int.Parse(HttpSearchBench.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(int.Parse(HttpSearchBench.Option(args, "--budget") ?? "20", CultureInfo.InvariantCulture));
        var work = HttpSearchBench.Option(args, "--work") ?? Directory.CreateTempSubdirectory("dossier-scale-").FullName;
        Console.WriteLine($"scale: {Environment.ProcessorCount} cores, load average {LoadAverage.Now()}, work in {work}");

        var volumes = Directory.EnumerateFiles(await IngestCorpus.PrepareAsync(corpus, cancellationToken).ConfigureAwait(false), "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(int.Parse(HttpSearchBench.Option(args, "--volumes") ?? "1000", CultureInfo.InvariantCulture)).ToList();
        var documents = await ScaleCorpus.ReadDocumentsAsync(volumes, cancellationToken).ConfigureAwait(false);
        var paragraphs = ScaleCorpus.Paragraphs(documents).ToList();
        Console.WriteLine($"{volumes.Count} volumes: {documents.Count} documents, {paragraphs.Count} paragraphs");
        var reuse = args.Contains("--reuse");
        var warmUpTime = SpeedRunner.WarmUpTime(args);
        var (queries, warmUp) = QuerySets.BuildWithWarmUp(
            documents.Select(d => new BenchDocument(d.Source.RecordId, "", d.Title, string.Join("\n\n", d.Layers.Select(l => l.Text)))).ToList(),
            Path.Combine(SharedMaterial.Folder(), "corpora", "frus", "soviet-name-variants.jsonl"),
            perClass);

        var results = new List<ScaleResult>();
        foreach (var stage in stages)
        {
            IEnumerable<ArchiveRecord> records = stage switch
            {
                "documents" => documents,
                "paragraphs" => paragraphs,
                "synthetic" => ScaleCorpus.Synthetic(paragraphs, synthetic),
                _ => throw new ArgumentException("unknown stage " + stage),
            };
            var data = Path.Combine(work, stage + "-data");
            var reused = reuse && File.Exists(Path.Combine(data, "dossier.db"));
            var files = reused ? null : await ScaleCorpus.WriteAsync(records, Path.Combine(work, stage + "-files"), cancellationToken).ConfigureAwait(false);
            var result = await ScaleStage.RunAsync(stage, files, data, queries, warmUp, warmUpTime, new SpeedRunner(rounds, budget), cancellationToken).ConfigureAwait(false);
            results.Add(result);
            if (files is not null)
            {
                Directory.Delete(Path.Combine(work, stage + "-files"), recursive: true);
            }
            result.Print(results[0]);
        }
        Console.WriteLine($"load average after: {LoadAverage.Now()}");
        Console.WriteLine();
        Console.WriteLine("stage        records  ingest s  import peak MB  data MB  ready s  serve peak MB  errors   p50 ms / p99 ms per class (growth of p99 from the first stage)");
        foreach (var result in results)
        {
            result.Print(results[0]);
        }
        if (HttpSearchBench.Option(args, "--work") is null)
        {
            Directory.Delete(work, recursive: true);
        }
        return results.All(r => r.Import.ExitCode == 0 && r.Errors == 0) ? 0 : 1;
    }
}
