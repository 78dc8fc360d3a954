using Dossier.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Querying;

/// <summary>A search's terms, looked up once, give Lucene's own statistics and matches, segment by segment.</summary>
public sealed class TermLookupsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public TermLookupsTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Three segments; the harbour is in the first and last, the lighthouse only in the second.
            string[][] segments = [["a harbour", "b harbour harbour quay"], ["c lighthouse", "d lighthouse quay"], ["e harbour quay", "f customs"]];
            foreach (var segment in segments)
            {
                foreach (var text in segment)
                {
                    writer.AddDocument(new Document { new StringField("id", text[..1], Field.Store.YES), new TextField("text", text, Field.Store.NO) });
                }
                writer.Commit();
            }
            // A deleted record still counts in document frequencies (as Lucene counts them) but is never found.
            writer.DeleteDocuments(new Term("id", "b"));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("harbour")]
    [InlineData("lighthouse")]
    [InlineData("quay")]
    [InlineData("absent")]
    public void Should_give_the_statistics_and_scores_lucene_finds(string word)
    {
        var term = new Term("text", word);
        var lookups = new TermLookups(_reader);
        var searcher = new IndexSearcher(_reader);

        Assert.Equal(3, _reader.Leaves.Count);
        Assert.Equal(_reader.DocFreq(term), lookups.DocFreq(term));
        var expected = searcher.Search(new TermQuery(term), 10).ScoreDocs.Select(d => (d.Doc, d.Score));
        var shared = searcher.Search(lookups.Query(term), 10).ScoreDocs.Select(d => (d.Doc, d.Score));
        Assert.Equal(expected, shared);
    }

    [Fact]
    public void Should_look_a_term_up_once_and_know_the_segments_without_it()
    {
        var lookups = new TermLookups(_reader);
        var term = new Term("text", "lighthouse");

        Assert.False(lookups.TryGetState(term, 1, out _));
        var first = lookups.Of(term);

        Assert.Same(first, lookups.Of(new Term("text", "lighthouse")));
        Assert.True(lookups.TryGetState(term, 0, out var absent));
        Assert.Null(absent);
        Assert.True(lookups.TryGetState(term, 1, out var present));
        Assert.NotNull(present);
        Assert.Equal(2, first.DocFreq);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
