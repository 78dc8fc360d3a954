using System.Text;
using System.Text.Json;

namespace Dossier.Bench.Search;

/// <summary>
/// Xapian 1.4 through its Python bindings (Debian's python3-xapian; <c>bench/peers/xapian-peer.py</c>): English stemming,
/// positions, the title's words counted 10 times, BM25. The search page is the ids of the best 10 holding every word (or
/// the phrase), without snippets, as plain Lucene.NET's (Xapian's snippets cost 18 times its search: see the script); a
/// heading is ranked by any of its words within its volume. Its times include a round trip through the peer's pipes
/// (<see cref="PeerProcess.RoundTripMicroseconds"/>).
/// </summary>
internal sealed class XapianEngine : ISearchEngine, IProcessEngine, IDisposable
{
    private const string Python = "/usr/bin/python3";
    private const string Script = "xapian-peer.py";
    private readonly PeerProcess _peer;

    private XapianEngine(PeerProcess peer) => _peer = peer;

    public string Name => "xapian";

    /// <summary>Whether Debian's python3-xapian is installed (apt-get install python3-xapian).</summary>
    public static bool Available() => File.Exists("/usr/lib/python3/dist-packages/xapian/__init__.py") && File.Exists(Python);

    /// <summary>Indexes <paramref name="documents"/> into a new database in <paramref name="folder"/>: the seconds Xapian spent and the database's bytes.</summary>
    public static async Task<(double Seconds, long Bytes)> BuildAsync(string folder, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var input = folder + ".jsonl";
        await using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            foreach (var document in documents)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { id = document.Id, volume = document.Volume, title = document.Title, text = document.Text })).ConfigureAwait(false);
            }
        }
        var answer = await PeerProcess.RunAsync(Python, Script, ["build", folder, input], cancellationToken).ConfigureAwait(false);
        File.Delete(input);
        return (answer["seconds"]!.GetValue<double>(), new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length));
    }

    public static XapianEngine Open(string folder) => new(PeerProcess.Start(Python, Script, "serve", folder));

    public double RoundTripMicroseconds() => _peer.RoundTripMicroseconds();

    public Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(_peer.Ask(new { op = "page", words = query.Words, phrase = query.Phrase })["shown"]!.GetValue<int>());

    public Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var words = PeerQueryText.Words(heading);
        if (words.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }
        var ids = _peer.Ask(new { op = "rank", words, volume, limit })["ids"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        return Task.FromResult<IReadOnlyList<string>>(ids);
    }

    public double? CpuMs() => _peer.CpuMs();

    public void Dispose() => _peer.Dispose();
}
