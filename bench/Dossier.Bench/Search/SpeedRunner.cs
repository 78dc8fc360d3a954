using System.Diagnostics;

namespace Dossier.Bench.Search;

/// <summary>
/// Times each engine on each query class: every query once to warm up, then rounds over the whole class until
/// <see cref="Rounds"/> rounds or the class's time budget is spent (at least one timed round). Latencies are pooled
/// per class; percentiles are nearest-rank.
/// </summary>
internal sealed class SpeedRunner(int rounds, TimeSpan budget)
{
    public int Rounds => rounds;

    public async Task<SpeedRow> RunAsync(ISearchEngine engine, string queryClass, IReadOnlyList<BenchQuery> queries, CancellationToken cancellationToken)
    {
        var empty = 0;
        foreach (var query in queries)
        {
            if (await engine.PageAsync(query, cancellationToken).ConfigureAwait(false) == 0)
            {
                empty++;
            }
        }
        var samples = new List<double>();
        var spent = Stopwatch.StartNew();
        var done = 0;
        while (done < rounds && (done == 0 || spent.Elapsed < budget))
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                await engine.PageAsync(query, cancellationToken).ConfigureAwait(false);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            done++;
        }
        samples.Sort();
        return new SpeedRow(engine.Name, queryClass, queries.Count, done, samples.Count, empty,
            Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99), samples.Average());
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>One engine on one query class: milliseconds per page, pooled over queries and rounds.</summary>
internal sealed record SpeedRow(string Engine, string Class, int Queries, int Rounds, int Samples, int EmptyQueries, double P50, double P95, double P99, double Mean);
