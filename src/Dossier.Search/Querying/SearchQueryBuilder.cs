using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// Turns the parsed box into a Lucene query. Each word scores by its spelling class with bonuses for the closer forms
/// (see <see cref="WordScoring"/>); words typed side by side are ranked (see the Ranked part),
/// words joined by AND are all required; phrases use positions
/// in the exact, stem and romanized fields.
/// </summary>
internal sealed partial class SearchQueryBuilder
{
    public const float TitleBoost = 3f;
    public const float Tie = 0.1f;
    public const float ExactBoost = 8f;
    public const float StemBoost = 4f;
    public const float LatinBoost = 2.5f;
    public const float AuthorityBoost = 2f;
    public const float KeyBoost = 1.5f;
    public const float FuzzyBoost = 0.6f;
    public const float OcrBoost = 0.5f;

    private static readonly string[] PhraseFields =
        [SearchFields.Title, SearchFields.Exact, .. IndexAnalysis.StemFields, SearchFields.Latin];

    private readonly QueryContext _context;

    public SearchQueryBuilder(QueryContext? context = null)
    {
        _context = context ?? QueryContext.None;
    }

    public List<MatchWord> Words { get; } = [];

    /// <summary>The terms the queries built look up, for the search's other queries and its snippets (null without a reader).</summary>
    public TermLookups? Lookups => _context.Lookups;

    /// <summary>The query, or null when nothing searchable was typed.</summary>
    public Query? Build(QueryNode? node)
    {
        // A word alone is ranked as words side by side are, as their one main word (see RankedScoring): records holding
        // it as typed first, so that typing a second word never lets a record holding a variant of the first pass one
        // holding it as typed (issue 8's rule), and a word ranks as it does beside a filter.
        var query = Build(node is WordNode { Prefix: false, Field: null } word ? new AndNode([word]) : node, negated: false);
        Bounded = query as BoundedOptionalQuery;
        return query;
    }

    /// <summary>The last query built when it is, as a whole, a bounded sum (its score the record's score); else null.</summary>
    public BoundedOptionalQuery? Bounded { get; private set; }

    private Query? Build(QueryNode? node, bool negated) => node switch
    {
        null => null,
        WordNode word => BuildWord(word, negated),
        PhraseNode phrase => BuildPhrase(phrase.Text, phrase.Field, negated),
        PlaceNameNode place => BuildPlaceName(place, negated),
        FilterNode filter => new ConstantScoreQuery(_context.Term(filter.Field, filter.Value.ToLowerInvariant())) { Boost = 0f },
        DateRangeNode range => new ConstantScoreQuery(DateRange(range.From, range.To)) { Boost = 0f },
        NotNode not => Exclude(Build(not.Inner, !negated)),
        GroupNode group => Build(group.Inner, negated),
        AndNode { Required: false } and => BuildRanked(and, negated),
        AndNode and => BuildAnd(and, negated),
        OrNode or => BuildOr(or, negated),
        _ => null,
    };

    public static Query DateRange(DateOnly? from, DateOnly? to)
    {
        var range = new BooleanQuery();
        if (from is { } start)
        {
            range.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateEnd, RecordDocumentBuilder.DayNumber(start), null, true, true), Occur.MUST);
        }
        if (to is { } end)
        {
            range.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateStart, null, RecordDocumentBuilder.DayNumber(end), true, true), Occur.MUST);
        }
        return range.Clauses.Count == 0 ? new MatchAllDocsQuery() : range;
    }

    private static Query? Exclude(Query? inner)
    {
        if (inner is null)
        {
            return null;
        }
        return new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inner, Occur.MUST_NOT } };
    }

    private Query? BuildAnd(AndNode and, bool negated)
    {
        var query = new BooleanQuery();
        var positive = false;
        foreach (var item in and.Items)
        {
            if (item is NotNode not)
            {
                if (Build(not.Inner, !negated) is { } excluded)
                {
                    query.Add(excluded, Occur.MUST_NOT);
                }
            }
            else if (Build(item, negated) is { } required)
            {
                query.Add(required, Occur.MUST);
                positive = true;
            }
        }
        if (query.Clauses.Count == 0)
        {
            return null;
        }
        if (!positive)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    private Query? BuildOr(OrNode or, bool negated)
    {
        var query = new BooleanQuery();
        foreach (var item in or.Items)
        {
            if (Build(item, negated) is { } clause)
            {
                query.Add(clause, Occur.SHOULD);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private Query? BuildWord(WordNode node, bool negated)
    {
        var tokens = IndexAnalysis.Terms(SearchFields.Exact, node.Text);
        if (tokens.Count == 0)
        {
            return null;
        }
        if (tokens.Count > 1 && !node.Prefix)
        {
            // "anti-Party" or "Soviet-Iranian": the pieces in order, as a phrase.
            return BuildPhrase(node.Text, node.Field, negated);
        }
        var word = _context.Word(node.Text, node.Prefix);
        if (word.IsEmpty)
        {
            return null;
        }
        if (!negated)
        {
            Words.Add(word);
        }
        if (string.Equals(node.Field, SearchFields.Title, StringComparison.Ordinal))
        {
            var title = new DisjunctionMaxQuery(Tie);
            AddTerms(_context, title, SearchFields.Title, word.Exact, TitleBoost, word.Prefix);
            return title;
        }
        return Scored(word);
    }

    /// <summary>The word's clauses (<see cref="WordScoring"/>), within the layers in scope.</summary>
    private Query Scored(MatchWord word)
    {
        var query = WordScoring.For(word, _context, f => f, title: true);
        if (_context.Scope is not { } scope)
        {
            return query;
        }
        var scoped = new DisjunctionMaxQuery(Tie);
        foreach (var qualifier in scope.Qualifiers)
        {
            scoped.Add(WordScoring.For(word, _context, f => IndexFields.Qualified(f, qualifier), title: false));
        }
        return InScope(_context, query, scoped, scope);
    }

    /// <summary>A place's name typed as several words: a record holding all of them, or one of the place's names in the other language.</summary>
    private BooleanQuery BuildPlaceName(PlaceNameNode place, bool negated)
    {
        var typed = new BooleanQuery(disableCoord: true);
        foreach (var word in place.Words)
        {
            if (BuildWord(word, negated) is { } clause)
            {
                typed.Add(clause, Occur.MUST);
            }
        }
        if (!negated)
        {
            Words.Add(place.Name);
        }
        var query = new BooleanQuery(disableCoord: true) { { Scored(place.Name), Occur.SHOULD } };
        if (typed.Clauses.Count > 0)
        {
            query.Add(typed, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// A word or phrase limited to the scope's layers: in a record whose layers are all in scope, anywhere in its
    /// text; in a record with layers of several kinds, in the layer-qualified fields of the layers in scope.
    /// </summary>
    private static BooleanQuery InScope(QueryContext context, Query anywhere, Query qualified, LayerScope scope)
    {
        var single = new BooleanQuery();
        foreach (var qualifier in scope.Qualifiers)
        {
            single.Add(context.Term(IndexFields.Scope, qualifier), Occur.SHOULD);
        }
        return new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery { { anywhere, Occur.MUST }, { new ConstantScoreQuery(single) { Boost = 0f }, Occur.MUST } }, Occur.SHOULD },
            { qualified, Occur.SHOULD },
        };
    }

    private static void AddTerms(QueryContext context, DisjunctionMaxQuery query, string field, IEnumerable<string> terms, float boost, bool prefix)
    {
        foreach (var term in terms)
        {
            query.Add(prefix ? new PrefixQuery(new Term(field, term)) { Boost = boost } : context.Term(field, term, boost));
        }
    }

    private Query? BuildPhrase(string text, string? field, bool negated)
    {
        var surface = SurfaceWords(text);
        if (surface.Count == 0)
        {
            return null;
        }
        if (surface.Count == 1)
        {
            return BuildWord(new WordNode(surface[0], Prefix: false, field), negated);
        }
        if (!negated)
        {
            Words.AddRange(surface.Select(s => new MatchWord(s, prefix: false, fuzzy: false)).Where(w => !w.IsEmpty));
        }
        var title = string.Equals(field, SearchFields.Title, StringComparison.Ordinal);
        var query = Phrases(surface, title ? [SearchFields.Title] : PhraseFields, f => f);
        if (title || _context.Scope is not { } scope)
        {
            return query;
        }
        var scoped = new DisjunctionMaxQuery(Tie);
        foreach (var qualifier in scope.Qualifiers)
        {
            scoped.Add(Phrases(surface, PhraseFields.Where(f => !string.Equals(f, SearchFields.Title, StringComparison.Ordinal)), f => IndexFields.Qualified(f, qualifier)));
        }
        return InScope(_context, query, scoped, scope);
    }

    private static DisjunctionMaxQuery Phrases(List<string> surface, IEnumerable<string> fields, Func<string, string> name)
    {
        var query = new DisjunctionMaxQuery(Tie);
        foreach (var phraseField in fields)
        {
            var phrase = new MultiPhraseQuery { Boost = Boost(phraseField) };
            var position = 0;
            var any = false;
            foreach (var word in surface)
            {
                // The field's analysis decides the terms (stacked forms share the position); a word it drops leaves a gap.
                var terms = PhraseTerms(phraseField, word);
                if (terms.Count > 0)
                {
                    phrase.Add(terms.Select(t => new Term(name(phraseField), t)).ToArray(), position);
                    any = true;
                }
                position++;
            }
            if (any)
            {
                query.Add(phrase);
            }
        }
        return query;
    }

    private static List<string> PhraseTerms(string field, string word)
    {
        if (string.Equals(field, SearchFields.Title, StringComparison.Ordinal) || string.Equals(field, SearchFields.Exact, StringComparison.Ordinal))
        {
            return IndexAnalysis.Terms(SearchFields.Exact, word);
        }
        if (field.StartsWith(SearchFields.StemPrefix, StringComparison.Ordinal))
        {
            return IndexAnalysis.Terms(field, word, IndexAnalysis.LanguageOfStemField(field));
        }
        return IndexAnalysis.QueryLanguagesOf(word).SelectMany(l => IndexAnalysis.Terms(field, word, l)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The typed words of <paramref name="text"/> as the exact field splits them.</summary>
    private static List<string> SurfaceWords(string text) =>
        IndexAnalysis.Tokens(SearchFields.Exact, text, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= text.Length)
            .Select(t => text[t.Start..t.End]).ToList();

    private static float Boost(string field) => field switch
    {
        SearchFields.Title => TitleBoost,
        SearchFields.Exact => ExactBoost,
        SearchFields.Latin => LatinBoost,
        _ => StemBoost,
    };
}
