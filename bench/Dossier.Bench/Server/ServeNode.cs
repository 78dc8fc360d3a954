using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Dossier.Bench.Integrity;
using Dossier.Bench.Web;

namespace Dossier.Bench.Server;

/// <summary>
/// One `dossier serve` child process (dossier.dll beside the bench) on a free 127.0.0.1 port, with a data folder and
/// search index of its own, on a PostgreSQL database it shares with the other nodes.
/// </summary>
internal sealed class ServeNode : IDisposable
{
    private readonly string _dataFolder;
    private readonly string _database;
    private readonly HttpClient _http;
    private DossierChild? _child;
    private int _queries;

    public ServeNode(string name, string dataFolder, string database)
    {
        Name = name;
        _dataFolder = dataFolder;
        _database = database;
        _http = new HttpClient
        {
            BaseAddress = new Uri("http://127.0.0.1:" + ServeReadiness.FreePort().ToString(CultureInfo.InvariantCulture)),
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public string Name { get; }

    public void Start() =>
        _child = DossierChild.Start("serve", "--urls", _http.BaseAddress!.GetLeftPart(UriPartial.Authority), "--data", _dataFolder, "--database", _database);

    /// <summary>Waits until /health/ready answers 200 (store reachable, schema current, index caught up).</summary>
    public async Task WaitReadyAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ThrowIfExited();
            try
            {
                using var response = await _http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (clock.Elapsed > patience)
            {
                throw new TimeoutException($"node {Name} was not ready within {patience}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>
    /// Polls /api/search every 25 ms until it reports at least <paramref name="expected"/> records for <paramref name="word"/>:
    /// the time on <paramref name="clock"/> when it first did, or null when <paramref name="patience"/> ran out first.
    /// </summary>
    public async Task<TimeSpan?> SearchableAtAsync(string word, int expected, Stopwatch clock, TimeSpan patience, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < patience)
        {
            if (await CountAsync(word, cancellationToken) >= expected)
            {
                return clock.Elapsed;
            }
            await Task.Delay(25, cancellationToken);
        }
        return null;
    }

    /// <summary>How many public records match <paramref name="word"/>; -1 when the node did not answer (a busy node is polled again).</summary>
    private async Task<int> CountAsync(string word, CancellationToken cancellationToken)
    {
        ThrowIfExited();
        // A query string no earlier request used, so no output cache answers for the index.
        var probe = Interlocked.Increment(ref _queries).ToString(CultureInfo.InvariantCulture);
        try
        {
            using var response = await _http.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(word)}&limit=1&probe={probe}", UriKind.Relative), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return -1;
            }
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return json.RootElement.GetProperty("total").GetInt32();
        }
        catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return -1;
        }
    }

    private void ThrowIfExited()
    {
        if (_child is { Process.HasExited: true } child)
        {
            throw new InvalidOperationException($"node {Name} exited with {child.Process.ExitCode}:{Environment.NewLine}{child.Output}");
        }
    }

    /// <summary>Kills the process tree: nothing of the node outlives the bench.</summary>
    public void Dispose()
    {
        _child?.Dispose();
        _http.Dispose();
    }
}
