using System.Globalization;
using System.Net.Sockets;
using Dossier.Cli.Web;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Server;

/// <summary>`serve` restarts its own process image with the collector's youngest generation sized (CollectorBudget).</summary>
public sealed class CollectorBudgetTests : IDisposable
{
    private readonly TempFolder _folder = new("dossier-cli-budget");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_split_about_64_MB_over_the_heaps_and_give_none_less_than_16_MB()
    {
        Assert.Equal(64L << 20, CollectorBudget.PerHeap(1));
        Assert.Equal(32L << 20, CollectorBudget.PerHeap(2));
        Assert.Equal(16L << 20, CollectorBudget.PerHeap(4));
        Assert.Equal(16L << 20, CollectorBudget.PerHeap(8));
        Assert.Equal(16L << 20, CollectorBudget.PerHeap(64));
    }

    [Fact]
    public void Should_tell_serve_from_its_command_line_before_parsing_it()
    {
        Assert.True(CollectorBudget.NamesServe(["serve"]));
        Assert.True(CollectorBudget.NamesServe(["serve", "--urls", "http://127.0.0.1:5001"]));
        Assert.True(CollectorBudget.NamesServe(["--data", "serve-folder", "serve"]));
        Assert.True(CollectorBudget.NamesServe(["--database", "postgres://dossier@db/archive", "--data", "/tmp/x", "serve"]));
        Assert.False(CollectorBudget.NamesServe(["--data", "serve"]));
        Assert.False(CollectorBudget.NamesServe(["import", "serve"]));
        Assert.False(CollectorBudget.NamesServe(["list", "--data", "/tmp/x"]));
        Assert.False(CollectorBudget.NamesServe(["--version"]));
        Assert.False(CollectorBudget.NamesServe([]));
    }

    [Fact]
    public async Task Should_serve_from_the_process_it_started_as_with_the_budget_in_its_environment()
    {
        var (server, url) = await DossierProcess.ServeAsync(_folder.File("data"));
        await using (server)
        {
            using var client = new HttpClient { BaseAddress = url };
            var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

            // The process the test started (same id) now runs with the variable: only a new image of it reads a new environment.
            var expected = CollectorBudget.Variable + "=" + CollectorBudget.PerHeap(Environment.ProcessorCount).ToString("x", CultureInfo.InvariantCulture);
            Assert.True(live.IsSuccessStatusCode);
            Assert.Contains(expected, Variables(server.Id));
            Assert.Contains("serve", Arguments(server.Id));
        }
    }

    [Fact]
    public async Task Should_keep_the_served_process_reachable_by_the_diagnostics_tools()
    {
        var (server, _) = await DossierProcess.ServeAsync(_folder.File("data"));
        await using (server)
        {
            // dotnet-counters and dotnet-trace connect to this socket; the image before the restart left a file of the same name.
            var address = Assert.Single(Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{server.Id}-*-socket"));
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

            await socket.ConnectAsync(new UnixDomainSocketEndPoint(address), TestContext.Current.CancellationToken);

            Assert.True(socket.Connected);
        }
    }

    [Fact]
    public async Task Should_leave_a_budget_set_by_whoever_started_it()
    {
        var (server, _) = await DossierProcess.ServeAsync(_folder.File("data"), new Dictionary<string, string> { [CollectorBudget.Variable] = "0x2000000" });
        await using (server)
        {
            var variables = Variables(server.Id);

            Assert.Contains(CollectorBudget.Variable + "=0x2000000", variables);
            Assert.Single(variables, v => v.StartsWith(CollectorBudget.Variable + "=", StringComparison.Ordinal));
        }
    }

    private static string[] Variables(int processId) => File.ReadAllText($"/proc/{processId}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Arguments(int processId) => File.ReadAllText($"/proc/{processId}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
