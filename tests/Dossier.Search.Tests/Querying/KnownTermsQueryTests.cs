using Dossier.Search.Authorities;
using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Dossier.Search.Tests.Querying;

/// <summary>
/// A fuzzy word's terms, found once by a search (<see cref="TermLookups.Within"/>) and matched by seeking them in each
/// segment (<see cref="KnownTermsQuery"/>), match the records the word's Levenshtein automaton matches.
/// </summary>
public sealed class KnownTermsQueryTests : IDisposable
{
    // Three segments, each holding some of the words near "harbour", and words between them in term order that are not
    // near it ("harbourmasters"; "harbot" one edit away), so that a seek lands on a word sought later or on none. The first
    // letter is fixed: "arbour" is not near "harbour".
    private readonly MemoryIndex _index = MemoryIndex.OfTexts(
    [
        ["a harbor quay", "b harbour", "c harbot"],
        ["d harbours", "e harbourmasters", "f arbour"],
        ["g harbot harbors", "h harbour harbours", "i hardour", "j customs"],
    ]);

    [Theory]
    [InlineData("harbour", 1)]
    [InlineData("harbour", 2)]
    [InlineData("harbor", 1)]
    [InlineData("harbors", 2)]
    [InlineData("customs", 2)]
    [InlineData("absent", 2)]
    public void Should_match_what_the_automaton_matches(string word, int edits)
    {
        var lookups = new TermLookups(_index.Reader);
        var within = lookups.Within("text", word, edits);

        Assert.Equal(3, _index.Reader.Leaves.Count);
        Assert.Equal(Ids(FuzzyQueries.For("text", word, edits)), Ids(new KnownTermsQuery("text", within.Select(t => t.Term))));
        Assert.Equal(within.Select(t => _index.Reader.DocFreq(new Term("text", t.Term))), within.Select(t => t.DocFreq));
    }

    [Fact]
    public void Should_find_the_terms_once_per_search_and_leave_out_the_excluded_ones()
    {
        var lookups = new TermLookups(_index.Reader);
        var within = lookups.Within("text", "harbour", 2);
        var excluded = new HashSet<string>(["harbours", "harbor"], StringComparer.Ordinal);

        Assert.Same(within, lookups.Within("text", "harbour", 2));
        Assert.Equal(["harbor", "harbors", "harbot", "harbour", "harbours", "hardour"], within.Select(t => t.Term.Utf8ToString()));
        var kept = within.Select(t => t.Term).Where(t => !excluded.Contains(t.Utf8ToString()));
        // The word's Levenshtein automaton (first letter fixed) less the excluded terms, built here as Lucene builds automata.
        var automaton = BasicOperations.Minus(
            BasicOperations.Concatenate(BasicAutomata.MakeString("h"), new LevenshteinAutomata("arbour", false).ToAutomaton(2)),
            BasicAutomata.MakeStringUnion(excluded.Order(StringComparer.Ordinal).Select(t => new BytesRef(t)).ToList()));
        Assert.Equal(Ids(new AutomatonQuery(new Term("text", "harbour"), automaton)), Ids(new KnownTermsQuery("text", kept)));
        Assert.Equal(["b", "c", "g", "h", "i"], Ids(new KnownTermsQuery("text", kept)));
        Assert.Equal(["b", "c", "g", "h", "i"], Ids(new QueryContext(_index.Reader, AuthorityNames.Empty, null).Fuzzy("text", "harbour", 2, excluded)));
    }

    [Fact]
    public void Should_refuse_terms_out_of_term_order()
    {
        Assert.Throws<ArgumentException>(() => new KnownTermsQuery("text", [new BytesRef("harbour"), new BytesRef("harbor")]));
        Assert.Throws<ArgumentException>(() => new KnownTermsQuery("text", [new BytesRef("harbor"), new BytesRef("harbor")]));
    }

    private string[] Ids(Query query)
    {
        var searcher = new IndexSearcher(_index.Reader);
        return searcher.Search(query, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => _index.Dispose();
}
