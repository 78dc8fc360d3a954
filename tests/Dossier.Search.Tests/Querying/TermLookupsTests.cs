using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Tests.Querying;

/// <summary>A search's terms, looked up once, give Lucene's own statistics and matches, segment by segment.</summary>
public sealed class TermLookupsTests : IDisposable
{
    // Three segments; the harbour is in the first and last, the lighthouse only in the second. A deleted record still
    // counts in document frequencies (as Lucene counts them) but is never found.
    private readonly MemoryIndex _index = MemoryIndex.OfTexts(
        [["a harbour", "b harbour harbour quay"], ["c lighthouse", "d lighthouse quay"], ["e harbour quay", "f customs"]],
        writer => writer.DeleteDocuments(new Term("id", "b")));

    [Theory]
    [InlineData("harbour")]
    [InlineData("lighthouse")]
    [InlineData("quay")]
    [InlineData("absent")]
    public void Should_give_the_statistics_and_scores_lucene_finds(string word)
    {
        var term = new Term("text", word);
        var lookups = new TermLookups(_index.Reader);
        var searcher = new IndexSearcher(_index.Reader);

        Assert.Equal(3, _index.Reader.Leaves.Count);
        Assert.Equal(_index.Reader.DocFreq(term), lookups.DocFreq(term));
        var expected = searcher.Search(new TermQuery(term), 10).ScoreDocs.Select(d => (d.Doc, d.Score));
        var shared = searcher.Search(lookups.Query(term), 10).ScoreDocs.Select(d => (d.Doc, d.Score));
        Assert.Equal(expected, shared);
    }

    [Fact]
    public void Should_look_a_term_up_once_and_know_the_segments_without_it()
    {
        var lookups = new TermLookups(_index.Reader);
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

    public void Dispose() => _index.Dispose();
}
