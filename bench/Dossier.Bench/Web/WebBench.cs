using System.Globalization;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Hosting;
using Dossier.Web;

namespace Dossier.Bench.Web;

/// <summary>
/// `web [--data DIR] [--query WORD] [--seconds N] [--connections N]`: serves an archive (the given data folder,
/// else tei-mini imported into a temp folder) and loads the document and search pages with wrk on 127.0.0.1;
/// then measures `dossier serve` time to ready.
/// </summary>
internal static class WebBench
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var data = Option(args, "--data");
        var query = Option(args, "--query") ?? "Khrushchev";
        var seconds = int.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var connections = int.Parse(Option(args, "--connections") ?? "64", CultureInfo.InvariantCulture);
        if (!Wrk.IsInstalled)
        {
            Console.Error.WriteLine("error: wrk is not installed (apt-get install -y wrk)");
            return 2;
        }
        string? temporary = null;
        if (data is null)
        {
            temporary = Path.Combine(Path.GetTempPath(), "dossier-web-bench-" + Guid.NewGuid().ToString("N")[..8]);
            data = temporary;
        }
        try
        {
            var results = new List<WrkResult>();
            await using (var archive = await ArchiveFactory.OpenAsync(data, cancellationToken))
            {
                if (temporary is not null)
                {
                    var teiMini = Path.Combine(SharedMaterial.Folder(), "corpora", "frus", "tei-mini");
                    Console.WriteLine($"importing {teiMini} into {data}");
                    await archive.Import.ImportAsync([teiMini], new ImportOptions(), null, cancellationToken);
                }
                if (archive.Index is { } index)
                {
                    await index.CatchUpAsync(null, cancellationToken);
                }
                var records = await archive.Store.Records.ListAsync(0, 200, cancellationToken);
                var count = await archive.Store.Records.CountAsync(cancellationToken);
                if (records.Count == 0)
                {
                    Console.Error.WriteLine("error: the archive is empty");
                    return 2;
                }
                var document = records[records.Count / 2].Id;
                var url = "http://127.0.0.1:" + ServeReadiness.FreePort().ToString(CultureInfo.InvariantCulture);
                await using var app = ReadingRoom.Build(archive, url);
                await app.StartAsync(cancellationToken);
                var root = new Uri(url);
                Console.WriteLine($"{count} records; {connections} connections, {seconds} s per run, on {url}");
                using (var client = new HttpClient())
                {
                    // Warm up: Razor views, the catalogue and the index readers.
                    await client.GetStringAsync(new Uri(root, "/documents/" + document), cancellationToken);
                    await client.GetStringAsync(new Uri(root, "/search?q=" + Uri.EscapeDataString(query)), cancellationToken);
                }
                var runs = new (string Name, string Path)[]
                {
                    ("document page", "/documents/" + document),
                    ("search page", "/search?q=" + Uri.EscapeDataString(query)),
                    ("search API", "/api/search?q=" + Uri.EscapeDataString(query)),
                };
                // Uncached first: every URL unique, so the store, index and Razor do the whole work each time.
                foreach (var uncached in new[] { true, false })
                {
                    foreach (var (name, path) in runs)
                    {
                        var label = name + (uncached ? " (uncached)" : " (cached)");
                        results.Add(await Wrk.RunAsync(label, new Uri(root, path), connections, TimeSpan.FromSeconds(seconds), uncached, cancellationToken));
                    }
                }
                await app.StopAsync(cancellationToken);
            }
            Console.WriteLine($"{"run",-26} {"req/s",10} {"p50 ms",9} {"p99 ms",9} {"errors",7}");
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-26} {r.RequestsPerSecond,10:0} {r.P50Ms,9:0.00} {r.P99Ms,9:0.00} {r.Errors,7}"));
            }
            var ready = new List<TimeSpan>();
            for (var i = 0; i < 3; i++)
            {
                if (await ServeReadiness.MeasureAsync(data, cancellationToken) is { } elapsed)
                {
                    ready.Add(elapsed);
                }
            }
            Console.WriteLine(ready.Count == 0
                ? "dossier serve: did not become ready (or dossier.dll is missing)"
                : string.Create(CultureInfo.InvariantCulture, $"dossier serve time to ready: median {ready.Order().ElementAt(ready.Count / 2).TotalMilliseconds:0} ms over {ready.Count} starts"));
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    Directory.Delete(temporary, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held open only leaves a temp folder behind.
                }
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
