using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using Dossier.Bench.Http;
using MySqlConnector;

namespace Dossier.Bench.Search;

/// <summary>
/// Sphinx 2.2 (Debian's sphinxsearch): <c>indexer</c> builds a plain index from an xmlpipe2 file (title and text as
/// full-text fields, stemmed by Porter's English stemmer, the volume as an integer attribute, the text also kept as a
/// string attribute for the snippets), and <c>searchd</c> answers SphinxQL on a private port of 127.0.0.1. The search
/// page is the best 10 holding every word (or the phrase), the title's field weighted 10, with a snippet each (SNIPPET());
/// a heading is ranked by any of its words within its volume, by BM25F (k1 1.2, b 0.75, the title weighted 10, from the
/// fields' lengths the index keeps): Sphinx's own ranker=bm25 leaves length out and scored nDCG@10 0.349 on the tuning
/// split of qrels-dev, BM25F 0.431.
/// </summary>
internal sealed class SphinxEngine : ISearchEngine, IProcessEngine, IDisposable
{
    private const string Index = "frus";
    private readonly MySqlConnection _connection;
    private readonly string _folder;
    private readonly int _pid;
    private readonly IReadOnlyList<BenchDocument> _documents;
    private readonly Dictionary<string, int> _volumes;

    private SphinxEngine(MySqlConnection connection, string folder, int pid, IReadOnlyList<BenchDocument> documents, Dictionary<string, int> volumes)
    {
        _connection = connection;
        _folder = folder;
        _pid = pid;
        _documents = documents;
        _volumes = volumes;
    }

    public string Name => "sphinx";

    public static bool Available() => File.Exists("/usr/bin/indexer") && File.Exists("/usr/bin/searchd");

    /// <summary>Writes the documents and the configuration into <paramref name="folder"/> and runs the indexer: its seconds and the index's bytes.</summary>
    public static async Task<(double Seconds, long Bytes)> BuildAsync(string folder, int port, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        var volumes = Volumes(documents);
        await using (var xml = new StreamWriter(Path.Combine(folder, "docs.xml"), false, new UTF8Encoding(false)))
        {
            await xml.WriteLineAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sphinx:docset>\n<sphinx:schema>\n<sphinx:field name=\"title\"/>\n<sphinx:field name=\"text\"/>\n" +
                "<sphinx:attr name=\"volume\" type=\"int\" bits=\"32\" default=\"0\"/>\n<sphinx:attr name=\"body\" type=\"string\"/>\n</sphinx:schema>").ConfigureAwait(false);
            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                var text = Escape(d.Text);
                await xml.WriteLineAsync($"<sphinx:document id=\"{i + 1}\"><title>{Escape(d.Title)}</title><text>{text}</text><volume>{volumes[d.Volume]}</volume><body>{text}</body></sphinx:document>").ConfigureAwait(false);
            }
            await xml.WriteLineAsync("</sphinx:docset>").ConfigureAwait(false);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "sphinx.conf"), Configuration(folder, port), cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await RunAsync("/usr/bin/indexer", ["--config", Path.Combine(folder, "sphinx.conf"), "--all", "--quiet"], cancellationToken).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        File.Delete(Path.Combine(folder, "docs.xml"));
        return (seconds, new DirectoryInfo(folder).EnumerateFiles(Index + ".*").Sum(f => f.Length));
    }

    /// <summary>Starts searchd on the index <see cref="BuildAsync"/> left in <paramref name="folder"/> and connects to it.</summary>
    public static async Task<SphinxEngine> OpenAsync(string folder, int port, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        await RunAsync("/usr/bin/searchd", ["--config", Path.Combine(folder, "sphinx.conf")], cancellationToken).ConfigureAwait(false);
        var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(folder, "searchd.pid"), cancellationToken).ConfigureAwait(false)).Trim(), CultureInfo.InvariantCulture);
        var connection = new MySqlConnection($"Server=127.0.0.1;Port={port};SslMode=None;Pooling=false;AllowPublicKeyRetrieval=true;IgnorePrepare=true");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new SphinxEngine(connection, folder, pid, documents, Volumes(documents));
    }

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var match = query.Phrase ? "\"" + string.Join(' ', query.Words.Select(Word)) + "\"" : string.Join(' ', query.Words.Select(Word));
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, SNIPPET(body, '{match.Replace("\"", "\\\"", StringComparison.Ordinal)}') FROM {Index} WHERE MATCH('{match}') LIMIT 10 OPTION field_weights=(title=10, text=1)";
        var shown = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = reader.GetString(1);
            shown++;
        }
        return shown;
    }

    public async Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var words = PeerQueryText.Words(heading);
        if (words.Count == 0 || !_volumes.TryGetValue(volume, out var number))
        {
            return [];
        }
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id FROM {Index} WHERE MATCH('{string.Join(" | ", words.Select(Word))}') AND volume={number} LIMIT {limit} " +
            $"OPTION ranker=expr('10000*bm25f(1.2,0.75,{{title=10,text=1}})'), max_matches={Math.Max(1000, limit)}";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(_documents[(int)reader.GetInt64(0) - 1].Id);
        }
        return ids;
    }

    public double? CpuMs() => ProcessCpu.Exists(_pid) ? ProcessCpu.Ms(_pid) : null;

    public void Dispose()
    {
        _connection.Dispose();
        using var stop = Process.Start(new ProcessStartInfo("/usr/bin/searchd") { ArgumentList = { "--config", Path.Combine(_folder, "sphinx.conf"), "--stopwait" }, RedirectStandardOutput = true, UseShellExecute = false });
        stop?.WaitForExit(30_000);
    }

    /// <summary>A word as MATCH() reads it: its letters and digits (the bench's words have nothing else).</summary>
    private static string Word(string word) => new([.. word.Where(char.IsLetterOrDigit)]);

    private static Dictionary<string, int> Volumes(IReadOnlyList<BenchDocument> documents) =>
        documents.Select(d => d.Volume).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((v, i) => (v, i + 1)).ToDictionary(p => p.v, p => p.Item2, StringComparer.Ordinal);

    private static string Escape(string text) => SecurityElement.Escape(new string([.. text.Where(c => c is '\n' or '\t' or >= ' ' and not '\uFFFE' and not '\uFFFF' && !char.IsSurrogate(c))]));

    private static string Configuration(string folder, int port) => $$"""
        source {{Index}}
        {
            type = xmlpipe2
            xmlpipe_command = cat {{Path.Combine(folder, "docs.xml")}}
        }
        index {{Index}}
        {
            source = {{Index}}
            path = {{Path.Combine(folder, Index)}}
            docinfo = extern
            morphology = stem_en
            min_word_len = 1
            html_strip = 0
            index_field_lengths = 1
        }
        indexer
        {
            mem_limit = 512M
        }
        searchd
        {
            listen = 127.0.0.1:{{port}}:mysql41
            log = {{Path.Combine(folder, "searchd.log")}}
            query_log = {{Path.Combine(folder, "query.log")}}
            pid_file = {{Path.Combine(folder, "searchd.pid")}}
            binlog_path =
            workers = threads
        }
        """;

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " could not be started");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Trim()} {errors.Trim()}");
        }
    }
}
