using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dossier.Bench.Http;
using Dossier.Bench.Search;
using Dossier.Bench.Web;

namespace Dossier.Bench.Scale;

/// <summary>One archive of the scale bench: imported by `dossier import`, served by `dossier serve`, searched over HTTP.</summary>
internal static class ScaleStage
{
    /// <summary>
    /// Imports <paramref name="files"/> into <paramref name="data"/> (or, with no files, times the archive a previous run
    /// left there: <c>--reuse</c>), serves it, warms it up on <paramref name="warmUp"/> for <paramref name="warmUpTime"/>
    /// (none of it timed, as the search benches do), then times <paramref name="queries"/>.
    /// </summary>
    public static async Task<ScaleResult> RunAsync(string stage, IReadOnlyList<string>? files, string data, IReadOnlyList<BenchQuery> queries, IReadOnlyList<BenchQuery> warmUp, TimeSpan warmUpTime, SpeedRunner runner, CancellationToken cancellationToken)
    {
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
        var imported = files is null ? Imported.Reused(stage, data) : await ImportAsync(stage, dossier, files, data, cancellationToken).ConfigureAwait(false);
        var dataMb = FolderBytes.Of(data) / 1e6;

        var url = new Uri("http://127.0.0.1:" + ServeReadiness.FreePort().ToString(CultureInfo.InvariantCulture));
        using var serve = Process.Start(new ProcessStartInfo("dotnet", ["exec", dossier, "serve", "--data", data, "--urls", url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("dossier serve did not start");
        serve.OutputDataReceived += (_, _) => { };
        serve.ErrorDataReceived += (_, _) => { };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var ready = await ReadyAsync(client, url, serve, cancellationToken).ConfigureAwait(false);
            var engine = new CountingEngine(new HttpSearchEngine("dossier", url, client));
            await SpeedRunner.WarmUpAsync([engine], warmUp, warmUpTime, cancellationToken).ConfigureAwait(false);
            var rows = new List<SpeedRow>();
            foreach (var queryClass in QuerySets.Classes)
            {
                rows.Add(await runner.RunAsync(engine, queryClass, queries.Where(q => q.Class == queryClass).ToList(), cancellationToken).ConfigureAwait(false));
            }
            return new ScaleResult(stage, imported, dataMb, ready, PeakMb(serve.Id), engine.Errors, rows);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<Imported> ImportAsync(string stage, string dossier, IReadOnlyList<string> files, string data, CancellationToken cancellationToken)
    {
        var records = files.Sum(f => File.ReadLines(f).LongCount());
        Console.WriteLine($"{stage}: importing {records} records in {files.Count} files ({LoadAverage.Now()})");
        var import = Process.Start(new ProcessStartInfo("/usr/bin/time", ["-f", "peak-kb %M", "dotnet", "exec", dossier, "import", Path.GetDirectoryName(files[0])!, "--data", data, "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("dossier import did not start");
        var clock = Stopwatch.StartNew();
        var output = import.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await import.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await import.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await output.ConfigureAwait(false);
        var ingest = clock.Elapsed.TotalSeconds;
        var peakLine = error.Split('\n').LastOrDefault(l => l.StartsWith("peak-kb ", StringComparison.Ordinal));
        var importPeak = peakLine is null ? 0 : long.Parse(peakLine["peak-kb ".Length..].Trim(), CultureInfo.InvariantCulture) / 1024.0;
        if (import.ExitCode != 0)
        {
            Console.Error.WriteLine(error.Length > 4000 ? error[^4000..] : error);
        }
        return new Imported(records, import.ExitCode, ingest, importPeak);
    }

    private static async Task<double> ReadyAsync(HttpClient client, Uri url, Process serve, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!serve.HasExited && clock.Elapsed < TimeSpan.FromMinutes(30))
        {
            try
            {
                using var response = await client.GetAsync(new Uri(url, "/health/ready"), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed.TotalSeconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
        throw new InvalidOperationException("dossier serve was not ready");
    }

    // The server's peak resident set (VmHWM) so far, from /proc.
    private static double PeakMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Counts failed and timed-out requests instead of stopping the run at the first.</summary>
    private sealed class CountingEngine(ISearchEngine inner) : ISearchEngine
    {
        private int _errors;

        public int Errors => _errors;

        public string Name => inner.Name;

        public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
        {
            try
            {
                return await inner.PageAsync(query, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _errors);
                return 0;
            }
        }

        public Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken) =>
            inner.RankAsync(heading, volume, limit, cancellationToken);
    }
}

/// <summary>How an archive came to be: imported by this run (its records, exit code, seconds and peak memory), or reused.</summary>
internal sealed record Imported(long Records, int ExitCode, double? IngestSeconds, double? PeakMb)
{
    /// <summary>An archive a previous run imported into <paramref name="data"/>: its records counted, no import timed.</summary>
    public static Imported Reused(string stage, string data)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "dossier.db")};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM records";
        var records = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        Console.WriteLine($"{stage}: reusing the archive in {data} ({records} records; its import is not timed)");
        return new Imported(records, 0, null, null);
    }
}

/// <summary>One archive's figures.</summary>
internal sealed record ScaleResult(string Stage, Imported Import, double DataMb, double ReadySeconds, double ServePeakMb, int Errors, IReadOnlyList<SpeedRow> Rows)
{
    public void Print(ScaleResult first)
    {
        var classes = string.Join("  ", Rows.Select(r =>
        {
            var baseline = first.Rows.First(b => b.Class == r.Class);
            return string.Create(CultureInfo.InvariantCulture, $"{r.Class} {r.P50:0.0}/{r.P99:0.0} ({r.P99 / baseline.P99:0.0}×)");
        }));
        var ingest = Import.IngestSeconds is { } seconds ? seconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
        var peak = Import.PeakMb is { } mb ? mb.ToString("0", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Stage,-10} {Import.Records,9} {ingest,9} {peak,15} {DataMb,8:0} {ReadySeconds,8:0.00} {ServePeakMb,14:0} {Errors,7}{(Import.ExitCode == 0 ? "" : " IMPORT FAILED")}   {classes}"));
    }
}
