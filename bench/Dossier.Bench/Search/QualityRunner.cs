using System.Text.Json;

namespace Dossier.Bench.Search;

/// <summary>
/// Relevance on qrels-dev.jsonl (binary: a document is relevant when the heading's pages fall on it): each
/// heading is searched within its volume; nDCG@10, recall@100 and MRR (first relevant in the top 100), averaged
/// over headings; a heading an engine cannot turn into a query scores 0. DOSSIER_BENCH_PER_QUERY=folder writes
/// each engine's per-heading nDCG@10, hit count, heading, recall@100, volume and ranked documents there (engine-split.tsv), to compare engines heading by heading.
/// </summary>
internal static class QualityRunner
{
    public static List<Judgment> Load(string file, int sample, int seed, IReadOnlySet<string> volumes)
    {
        var all = new List<Judgment>();
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var relevant = root.GetProperty("relevant_docs").EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
            if (relevant.Count > 0 && volumes.Contains(root.GetProperty("volume_id").GetString() ?? ""))
            {
                all.Add(new Judgment(root.GetProperty("query").GetString() ?? "", root.GetProperty("volume_id").GetString() ?? "", relevant));
            }
        }
        if (sample <= 0 || sample >= all.Count)
        {
            return all;
        }
        var random = new Random(seed);
        return all.OrderBy(_ => random.Next()).Take(sample).ToList();
    }

    public static async Task<QualityRow> RunAsync(ISearchEngine engine, IReadOnlyList<Judgment> judgments, string split, CancellationToken cancellationToken)
    {
        double ndcg = 0, recall = 0, mrr = 0;
        var empty = 0;
        var perHeading = new List<double>(judgments.Count);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var perQuery = Environment.GetEnvironmentVariable("DOSSIER_BENCH_PER_QUERY") is { Length: > 0 } folder ? new List<string>() : null;
        foreach (var judgment in judgments)
        {
            var ranked = await engine.RankAsync(judgment.Query, judgment.Volume, 100, cancellationToken).ConfigureAwait(false);
            if (ranked.Count == 0)
            {
                empty++;
                perHeading.Add(0);
                perQuery?.Add("0\t0\t" + judgment.Query + "\t0\t" + judgment.Volume + "\t");
                continue;
            }
            double dcg = 0;
            for (var i = 0; i < Math.Min(10, ranked.Count); i++)
            {
                dcg += judgment.Relevant.Contains(ranked[i]) ? 1 / Math.Log2(i + 2) : 0;
            }
            double ideal = 0;
            for (var i = 0; i < Math.Min(10, judgment.Relevant.Count); i++)
            {
                ideal += 1 / Math.Log2(i + 2);
            }
            ndcg += dcg / ideal;
            perHeading.Add(dcg / ideal);
            var found = (double)ranked.Count(judgment.Relevant.Contains) / judgment.Relevant.Count;
            perQuery?.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{dcg / ideal:0.000}\t{ranked.Count}\t{judgment.Query}\t{found:0.000}\t{judgment.Volume}\t{string.Join(' ', ranked)}"));
            recall += found;
            var first = ranked.ToList().FindIndex(judgment.Relevant.Contains);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
        }
        if (perQuery is not null)
        {
            await File.WriteAllLinesAsync(Path.Combine(Environment.GetEnvironmentVariable("DOSSIER_BENCH_PER_QUERY")!, engine.Name + "-" + split + ".tsv"), perQuery, cancellationToken).ConfigureAwait(false);
        }
        var n = Math.Max(1, judgments.Count);
        return new QualityRow(engine.Name, split, judgments.Count, empty, ndcg / n, recall / n, mrr / n, clock.Elapsed.TotalSeconds) { PerHeading = perHeading };
    }
}

/// <summary>One index heading: the query as typed, its volume, and the documents its pages fall on.</summary>
internal sealed record Judgment(string Query, string Volume, HashSet<string> Relevant);

internal sealed record QualityRow(string Engine, string Split, int Headings, int NoResults, double Ndcg10, double Recall100, double Mrr, double Seconds)
{
    /// <summary>Each heading's nDCG@10, in the split's order (the same for every engine): to compare engines heading by heading.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<double> PerHeading { get; init; } = [];

    /// <summary>
    /// nDCG@10 if each heading were answered by whichever of this engine and <paramref name="other"/> ranks it better: what
    /// no fusion or choice between the two rankings can exceed.
    /// </summary>
    public double BetterOfEachHeading(QualityRow other) =>
        PerHeading.Count == 0 || PerHeading.Count != other.PerHeading.Count ? double.NaN : PerHeading.Zip(other.PerHeading, Math.Max).Average();
}
