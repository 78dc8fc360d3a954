using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Bench.Search;
using Dossier.Bench.Web;
using Dossier.Storage;

namespace Dossier.Bench.Http;

/// <summary>
/// `web-load --data DIR --server URL [--server URL …] [--seconds N] [--connections N]`: wrk (Debian `wrk`) against
/// running servers on many pages, not one: the search page for 120 drawn queries, the document page for 500 records
/// spread over the archive, and the same documents arriving from a search (`?q=`). Every request's URL is unique so
/// the output cache never answers. Socket errors (connect, read, write) and timeouts count as failures, as do
/// non-2xx answers. The servers are run back to back, once per page kind, in the same conditions. With
/// `--pid PID` per server (same order), the server's CPU time per request is printed too: on a shared machine it
/// says more than the wall-clock figures, which other processes' load moves. Each run follows a warm-up until the
/// server's rate is steady (see <see cref="WarmUpAsync"/>).
/// </summary>
internal static partial class WebLoadBench
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var data = HttpSearchBench.Option(args, "--data");
        var servers = HttpSearchBench.Options(args, "--server").ToList();
        var pids = HttpSearchBench.Options(args, "--pid").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var seconds = int.Parse(HttpSearchBench.Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var connections = int.Parse(HttpSearchBench.Option(args, "--connections") ?? "64", CultureInfo.InvariantCulture);
        if (data is null || servers.Count == 0 || !File.Exists("/usr/bin/wrk"))
        {
            Console.Error.WriteLine("usage: web-load --data DIR --server URL [--server URL …] [--seconds N] [--connections N] (needs /usr/bin/wrk)");
            return 2;
        }
        if (pids.Count > servers.Count)
        {
            Console.Error.WriteLine($"error: {pids.Count} --pid for {servers.Count} --server: each --pid is the process of the --server at its place");
            return 2;
        }
        foreach (var pid in pids.Where(pid => !ProcessCpu.Exists(pid)))
        {
            Console.Error.WriteLine($"error: --pid {pid} names no running process (the CPU time per request is read from /proc/{pid}/stat)");
            return 2;
        }
        var documents = new List<BenchDocument>();
        await using (var store = await StoreFactory.OpenAsync(data, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await foreach (var record in store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                // The archive id is what the document page's URL takes; the text only draws the queries.
                documents.Add(new BenchDocument(record.Id, "", record.Title, string.Join("\n", record.Layers.Select(l => l.Text))));
            }
        }
        var queries = QuerySets.Build(documents, "/work/shared/corpora/frus/soviet-name-variants.jsonl", 20).Select(q => q.Typed).ToList();
        var random = new Random(QuerySets.Seed);
        var picked = Enumerable.Range(0, 500).Select(_ => documents[random.Next(documents.Count)].Id).ToList();
        var kinds = new (string Name, List<string> Paths)[]
        {
            ("search page", queries.Select(q => "/search?q=" + Uri.EscapeDataString(q)).ToList()),
            ("search API + facets", queries.Select(q => "/api/search?facets=true&q=" + Uri.EscapeDataString(q)).ToList()),
            ("document page", picked.Select(id => "/documents/" + Uri.EscapeDataString(id)).ToList()),
            ("document page ?q=", picked.Select((id, i) => "/documents/" + Uri.EscapeDataString(id) + "?q=" + Uri.EscapeDataString(queries[i % queries.Count])).ToList()),
        };
        Console.WriteLine($"web-load: {queries.Count} queries, {picked.Count} documents of {documents.Count}; {connections} connections, {seconds} s per run");
        Console.WriteLine($"{"page",-22} {"server",-26} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"failed",7} {"cpu ms/req",10}  load average");
        var failed = false;
        var every = kinds.SelectMany(k => k.Paths).ToList();
        foreach (var server in servers)
        {
            // A server that does not answer is said at once, not after a minute of warm-up at 0 req/s.
            if (await ProblemAsync(new Uri(server), every[0], cancellationToken).ConfigureAwait(false) is { } problem)
            {
                Console.Error.WriteLine($"error: {server} does not answer {every[0]}: {problem}");
                return 2;
            }
            var warmUp = await WarmUpAsync(new Uri(server), every, connections, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{"  warm-up, every page",-22} {server,-26} {warmUp}");
        }
        foreach (var (name, paths) in kinds)
        {
            for (var i = 0; i < servers.Count; i++)
            {
                var server = servers[i];
                await RunWrkAsync(new Uri(server), paths, connections, 3, cancellationToken).ConfigureAwait(false);
                var cpuBefore = i < pids.Count ? ProcessCpu.Ms(pids[i]) : 0;
                var (rate, p50, p99, failures) = await RunWrkAsync(new Uri(server), paths, connections, seconds, cancellationToken).ConfigureAwait(false);
                var cpu = i < pids.Count && rate > 0 ? (ProcessCpu.Ms(pids[i]) - cpuBefore) / (rate * seconds) : double.NaN;
                failed |= failures > 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {server,-26} {rate,8:0} {p50,8:0.00} {p99,8:0.00} {failures,7} {cpu,10:0.00}  {LoadAverage.Now()}"));
            }
        }
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Every page in turn, in runs of 3 s (unique URLs too), for at least a minute and until the last three runs' rates
    /// are within a tenth of each other (two minutes at most). The runtime recompiles hot code for a long while under
    /// load: on the 100 volumes at 64 connections, the search page ran at 50 req/s, steadily, 20 s after the server
    /// started and at 156 req/s a few minutes later. A server still warming is measured on its compiler, not its code.
    /// Each page kind then gets a 3 s run of its own before it is measured.
    /// </summary>
    private static async Task<string> WarmUpAsync(Uri server, List<string> paths, int connections, CancellationToken cancellationToken)
    {
        var rates = new List<double>();
        while (rates.Count < 40)
        {
            rates.Add((await RunWrkAsync(server, paths, connections, 3, cancellationToken).ConfigureAwait(false)).Rate);
            var last = rates.TakeLast(3).ToList();
            if (last.Count == 3 && last.All(r => r == 0))
            {
                // Stopped answering: its runs then count as failures; more warming tells nothing.
                break;
            }
            if (rates.Count >= 20 && last.Max() - last.Min() <= last.Max() / 10)
            {
                break;
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{rates.Count * 3} s, req/s {string.Join(" ", rates.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}");
    }

    /// <summary>Why one request for <paramref name="path"/> got no successful answer; null when it did.</summary>
    private static async Task<string?> ProblemAsync(Uri server, string path, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var response = await client.GetAsync(new Uri(server, path), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.Message;
        }
    }

    private static async Task<(double Rate, double P50, double P99, long Failures)> RunWrkAsync(Uri server, List<string> paths, int connections, int seconds, CancellationToken cancellationToken)
    {
        var script = UniqueRequests.Script(paths);
        var file = Path.Combine(Path.GetTempPath(), "dossier-web-load-" + Guid.NewGuid().ToString("N")[..8] + ".lua");
        await File.WriteAllTextAsync(file, script, cancellationToken).ConfigureAwait(false);
        try
        {
            var start = new ProcessStartInfo("wrk", ["-t2", "-c" + connections.ToString(CultureInfo.InvariantCulture), "-d" + seconds.ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "5s", "--latency", "-s", file, server.ToString()])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var rate = RequestsPerSecond().Match(output) is { Success: true } r ? double.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            // A run wrk could not report on (no server, nothing answered) is a failure, never a silent zero.
            var failures = NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : rate > 0 ? 0 : 1;
            if (SocketErrors().Match(output) is { Success: true } socket)
            {
                failures += Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture));
            }
            // An answer from the output cache measured the cache: a failure of the bench, never a fast page.
            failures += UniqueRequests.CachedAnswers(output);
            return (rate, Percentile(output, "50"), Percentile(output, "99"), failures);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, @"^\s*" + percent + @"%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SocketErrors();
}
