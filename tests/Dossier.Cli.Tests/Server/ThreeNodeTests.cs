using System.Diagnostics;
using System.Text;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Server;

/// <summary>
/// Three `dossier serve` processes on one PostgreSQL database, each with its own data folder and search index:
/// imports through one are searchable on the others, and a node killed with SIGKILL while indexing catches up on restart.
/// How long a write takes to reach the other nodes is printed, not asserted: the goal (searchable on another node
/// within 2 s) is measured by `Dossier.Bench propagation`.
/// </summary>
public sealed class ThreeNodeTests : IDisposable
{
    private const string Everywhere = "dossiertest";
    private readonly TempFolder _folder = new();
    private readonly ITestOutputHelper _output = TestContext.Current.TestOutputHelper!;

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_propagate_writes_to_every_node_and_catch_up_a_killed_node_with_nothing_lost_or_duplicated()
    {
        await using var database = TestDatabase.Create("nodes");
        var migrate = await CliRun.RunAsync("db", "migrate", "--database", database.Url, "--data", _folder.File("a"));
        Assert.Equal(0, migrate.ExitCode);
        await using var a = new ServeNode("a", _folder.File("a"), database.Url);
        await using var b = new ServeNode("b", _folder.File("b"), database.Url);
        await using var c = new ServeNode("c", _folder.File("c"), database.Url);
        ServeNode[] nodes = [a, b, c];
        foreach (var node in nodes)
        {
            node.Start();
        }
        var starting = Stopwatch.StartNew();
        await Task.WhenAll(nodes.Select(n => n.WaitReadyAsync(TimeSpan.FromSeconds(40), Cancel)));
        _output.WriteLine($"three nodes ready in {starting.Elapsed.TotalMilliseconds:0} ms");

        // A first write, not timed: each node's first catch-up and search load what later ones reuse.
        await ImportAsync(a, "heron", 5);
        var total = 5;
        await Task.WhenAll(nodes.Select(n => WaitForAsync(n, "heron", 5, TimeSpan.FromSeconds(30))));

        // Writes through node a (an import on its data folder), searched on b and c; WaitForAsync fails a write that never arrives.
        foreach (var word in new[] { "walrus", "pelican", "gazelle" })
        {
            await ImportAsync(a, word, 20);
            total += 20;
            var started = Stopwatch.StartNew();
            await Task.WhenAll(WaitForAsync(b, word, 20, TimeSpan.FromSeconds(15)), WaitForAsync(c, word, 20, TimeSpan.FromSeconds(15)));
            var elapsed = started.Elapsed;
            _output.WriteLine($"'{word}': searchable on b and c {elapsed.TotalMilliseconds:0} ms after the import committed");
        }

        // A large write; c is killed while it indexes it, and more is written while c is down.
        await ImportAsync(a, "tangerine", 600);
        total += 600;
        await Task.Delay(300, Cancel);
        await c.KillAsync();
        await ImportAsync(a, "octopus", 20);
        total += 20;
        await WaitForAsync(b, "octopus", 20, TimeSpan.FromSeconds(15));

        var restarted = Stopwatch.StartNew();
        c.Start();
        await c.WaitReadyAsync(TimeSpan.FromSeconds(40), Cancel);
        _output.WriteLine($"c restarted and caught up (ready) in {restarted.Elapsed.TotalMilliseconds:0} ms");

        foreach (var node in nodes)
        {
            Assert.Equal(600, await node.CountAsync("tangerine", Cancel));
            Assert.Equal(20, await node.CountAsync("octopus", Cancel));
            Assert.Equal(total, await node.CountAsync(Everywhere, Cancel));
        }
    }

    /// <summary>
    /// Imports <paramref name="count"/> new records carrying <paramref name="word"/> into <paramref name="node"/>'s database,
    /// as an import job does: from a data folder of its own, so that no two processes ever open one search index.
    /// </summary>
    private async Task ImportAsync(ServeNode node, string word, int count)
    {
        var file = _folder.File(word + ".jsonl");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < count; i++)
            {
                var record = new ArchiveRecord
                {
                    Source = new SourceIdentifier { Archive = "Three node test", RecordId = $"{word}-{i}" },
                    Title = $"A note about the {word}, number {i}",
                    Date = HistoricalDate.Year(1950 + (i % 20)),
                    Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = $"The {word} was seen again. {Everywhere} record {i}." }],
                };
                record.Id = RecordId.For(record.Source);
                await writer.WriteLineAsync(RecordJson.Serialize(record).AsMemory(), Cancel);
            }
        }
        var import = await CliRun.RunAsync("import", file, "--data", _folder.File("importer"), "--database", node.Database);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    private static async Task WaitForAsync(ServeNode node, string word, int expected, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (await node.CountAsync(word, Cancel) < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"'{word}' did not reach node {node.Name} within {patience}");
            await Task.Delay(25, Cancel);
        }
    }
}
