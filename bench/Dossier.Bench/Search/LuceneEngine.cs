using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Dossier.Bench.Search;

/// <summary>
/// Plain Lucene.NET over the same text as the peers: one analyzer (StandardAnalyzer, or EnglishAnalyzer with its
/// Porter stemmer and stop words) on title and text, Okapi BM25 (k1 1.2, b 0.75), the heading's words as optional
/// terms with the title weighted 10× (as the FTS5 run weights it). It shows what Dossier's own analysis and query
/// building add over a stock Lucene index.
/// </summary>
internal sealed class LuceneEngine : ISearchEngine, IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    private LuceneEngine(string name, LuceneDirectory directory, Analyzer analyzer)
    {
        Name = name;
        _directory = directory;
        _analyzer = analyzer;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name { get; }

    /// <summary>Builds (or replaces) the index in <paramref name="folder"/> with <paramref name="english"/> choosing the analyzer.</summary>
    public static (LuceneEngine Engine, double Seconds) Build(string folder, IReadOnlyList<BenchDocument> documents, bool english)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Analyzer analyzer = english ? new EnglishAnalyzer(Version) : new StandardAnalyzer(Version);
        var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", document.Id, Field.Store.YES),
                    new StringField("volume", document.Volume, Field.Store.NO),
                    new TextField("title", document.Title, Field.Store.NO),
                    new TextField("text", document.Text, Field.Store.NO),
                });
            }
            writer.ForceMerge(1);
        }
        return (new LuceneEngine(english ? "lucene-en" : "lucene-std", directory, analyzer), clock.Elapsed.TotalSeconds);
    }

    public Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var top = _searcher.Search(Words(query.Words, query.Phrase), 10);
        foreach (var hit in top.ScoreDocs)
        {
            _ = _searcher.Doc(hit.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.FromResult(top.ScoreDocs.Length);
    }

    public Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var words = PeerQueryText.Words(heading);
        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(new TermQuery(new Term("volume", volume))) { Boost = 0f }, Occur.MUST },
            { Words(words, phrase: false, required: false), Occur.MUST },
        };
        var top = _searcher.Search(query, limit);
        IReadOnlyList<string> ids = top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return Task.FromResult(ids);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private Query Words(IEnumerable<string> words, bool phrase, bool required = true)
    {
        var query = new BooleanQuery();
        var phraseQuery = new PhraseQuery();
        foreach (var term in words.SelectMany(Terms).Distinct(StringComparer.Ordinal))
        {
            if (phrase)
            {
                phraseQuery.Add(new Term("text", term));
                continue;
            }
            var either = new BooleanQuery { { new TermQuery(new Term("title", term)) { Boost = 10f }, Occur.SHOULD }, { new TermQuery(new Term("text", term)), Occur.SHOULD } };
            query.Add(either, required ? Occur.MUST : Occur.SHOULD);
        }
        return phrase ? phraseQuery : query;
    }

    private IEnumerable<string> Terms(string word)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("text", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
