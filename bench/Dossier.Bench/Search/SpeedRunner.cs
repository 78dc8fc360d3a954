using System.Diagnostics;

namespace Dossier.Bench.Search;

/// <summary>
/// Times each engine on each query class, after the engine's warm-up (<see cref="WarmUpAsync"/>): every query once, then rounds over the whole class until
/// <see cref="Rounds"/> rounds or the class's time budget is spent (at least one timed round). Latencies are pooled
/// per class; percentiles are nearest-rank.
/// </summary>
internal sealed class SpeedRunner(int rounds, TimeSpan budget)
{
    public int Rounds => rounds;

    /// <summary>`--warm-up SECONDS`, the time <see cref="WarmUpAsync"/> runs: 10 unless given, 0 for none.</summary>
    public static TimeSpan WarmUpTime(string[] args) =>
        TimeSpan.FromSeconds(int.Parse(Http.HttpSearchBench.Option(args, "--warm-up") ?? "10", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Runs the warm-up queries (<see cref="QuerySets.BuildWithWarmUp"/>, none of them timed) on each engine, round after
    /// round, for <paramref name="time"/>, then waits a second for the runtime to finish optimizing what ran: the timed rounds then
    /// measure the engine as a server that has been answering for a while runs it, not the JIT's first, unoptimized code
    /// (tiered compilation promotes a method only after 30 calls, counted once no new method has been compiled for 100 ms).
    /// Without it the first class timed ran largely unoptimized: "frequent" measured p50 2.8–3.2 ms, 0.7 ms after it.
    /// </summary>
    public static async Task WarmUpAsync(IEnumerable<ISearchEngine> engines, IReadOnlyList<BenchQuery> queries, TimeSpan time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(queries);
        Console.WriteLine(FormattableString.Invariant($"warm-up: {time.TotalSeconds:0} s per engine over {queries.Count} queries drawn with another seed (none timed), then 1 s"));
        if (time <= TimeSpan.Zero || queries.Count == 0)
        {
            return;
        }
        foreach (var engine in engines)
        {
            var spent = Stopwatch.StartNew();
            while (spent.Elapsed < time)
            {
                foreach (var query in queries)
                {
                    await engine.PageAsync(query, cancellationToken).ConfigureAwait(false);
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

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
