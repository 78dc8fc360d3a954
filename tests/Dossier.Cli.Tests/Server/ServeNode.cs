using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Dossier.Cli.Tests.Server;

/// <summary>One `dossier serve` child process on a 127.0.0.1 port, with its own data folder, on a shared PostgreSQL database.</summary>
public sealed class ServeNode : IAsyncDisposable
{
    private static readonly string Dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
    private Process? _process;
    private int _queries;

    public ServeNode(string name, string dataFolder, string database)
    {
        Name = name;
        DataFolder = dataFolder;
        Database = database;
        Port = FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Name { get; }

    public string Database { get; }

    public string DataFolder { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo("dotnet", ["exec", Dossier, "serve", "--urls", $"http://127.0.0.1:{Port}", "--data", DataFolder, "--database", Database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until /health/ready answers 200 (store reachable, schema current, index caught up).</summary>
    public async Task WaitReadyAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"node {Name} exited with {_process.ExitCode} before it was ready");
            }
            try
            {
                using var response = await Http.GetAsync("/health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"node {Name} was not ready within {patience}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>How many public records match <paramref name="query"/> on this node (each call bypasses the output cache).</summary>
    public async Task<int> CountAsync(string query, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _queries);
        using var response = await Http.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&limit=1&probe={n}", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>kill -9: no shutdown, no flush, nothing the process could clean up.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Http.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
