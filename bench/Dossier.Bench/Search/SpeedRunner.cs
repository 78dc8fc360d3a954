using System.Diagnostics;

namespace Dossier.Bench.Search;

/// <summary>
/// Times each engine on each query class, after the engine's warm-up (<see cref="WarmUpAsync"/>): every query once, then rounds over the whole class until
/// <see cref="Rounds"/> rounds or the class's time budget is spent (at least one timed round); several engines side by
/// side, taking turns round by round (<see cref="RunSideBySideAsync"/>). Latencies are pooled per class; percentiles are nearest-rank.
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

    public async Task<SpeedRow> RunAsync(ISearchEngine engine, string queryClass, IReadOnlyList<BenchQuery> queries, CancellationToken cancellationToken) =>
        (await RunSideBySideAsync([engine], queryClass, queries, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Times the engines on one class side by side: every query once on each engine, untimed; then rounds in which each
    /// engine runs the whole class in turn, the engines' order turning by one from a round to the next, so that each is
    /// timed first, second or last alike, on the machine as the others find it. Timed one engine after the other, two
    /// builds of one server differed by up to 15 % in a class's p50 with the order they were timed in (rare words 1.07
    /// against 1.20 ms one way, 1.27 against 1.09 the other); turning by round, one build served twice came out within
    /// 5 % in every class. Turning query by query did as well but measured every engine colder (plain Lucene's p50
    /// doubled: each query found the caches holding another process's work). A class's time budget is the engines'
    /// together. One row per engine, in their order.
    /// </summary>
    public async Task<List<SpeedRow>> RunSideBySideAsync(IReadOnlyList<ISearchEngine> engines, string queryClass, IReadOnlyList<BenchQuery> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(queries);
        var empty = new int[engines.Count];
        foreach (var query in queries)
        {
            for (var e = 0; e < engines.Count; e++)
            {
                if (await engines[e].PageAsync(query, cancellationToken).ConfigureAwait(false) == 0)
                {
                    empty[e]++;
                }
            }
        }
        var samples = engines.Select(_ => new List<double>()).ToArray();
        // An engine's own process is timed by its CPU too, over its whole blocks: the other engines are idle meanwhile.
        var cpu = new double?[engines.Count];
        var spent = Stopwatch.StartNew();
        var done = 0;
        while (done < rounds && (done == 0 || spent.Elapsed < budget * engines.Count))
        {
            for (var k = 0; k < engines.Count; k++)
            {
                var e = (done + k) % engines.Count;
                var cpuBefore = (engines[e] as IProcessEngine)?.CpuMs();
                foreach (var query in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    await engines[e].PageAsync(query, cancellationToken).ConfigureAwait(false);
                    samples[e].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                if (cpuBefore is { } before && (engines[e] as IProcessEngine)?.CpuMs() is { } after)
                {
                    cpu[e] = (cpu[e] ?? 0) + (after - before);
                }
            }
            done++;
        }
        return engines.Select((engine, e) =>
        {
            var sorted = samples[e];
            sorted.Sort();
            return new SpeedRow(engine.Name, queryClass, queries.Count, done, sorted.Count, empty[e],
                SpeedRow.Percentile(sorted, 0.50), SpeedRow.Percentile(sorted, 0.95), SpeedRow.Percentile(sorted, 0.99), sorted.Average(), cpu[e] / sorted.Count, sorted);
        }).ToList();
    }
}

/// <summary>
/// One engine on one query class: milliseconds per page, pooled over queries and rounds; for an engine of its own
/// process (<see cref="IProcessEngine"/>), the CPU milliseconds it spent per page.
/// </summary>
internal sealed record SpeedRow(string Engine, string Class, int Queries, int Rounds, int Samples, int EmptyQueries, double P50, double P95, double P99, double Mean, double? CpuMs = null,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<double>? Times = null)
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
