using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// Turns the parsed box into a Lucene query. Each word is a disjunction over fields weighted
/// exact ≫ stem ≫ romanized ≫ skeleton key ≫ fuzzy ≫ OCR; words are all required; phrases use positions
/// in the exact, stem and romanized fields.
/// </summary>
internal sealed class SearchQueryBuilder
{
    public const float TitleBoost = 10f;
    public const float ExactBoost = 8f;
    public const float StemBoost = 4f;
    public const float LatinBoost = 2.5f;
    public const float KeyBoost = 1.5f;
    public const float FuzzyBoost = 0.6f;
    public const float OcrBoost = 0.5f;

    private static readonly string[] PhraseFields =
        [SearchFields.Title, SearchFields.Exact, .. ProvisionalAnalysis.StemLanguages.Select(SearchFields.Stem), SearchFields.Latin];

    public List<MatchWord> Words { get; } = [];

    /// <summary>The query, or null when nothing searchable was typed.</summary>
    public Query? Build(QueryNode? node) => Build(node, negated: false);

    private Query? Build(QueryNode? node, bool negated) => node switch
    {
        null => null,
        WordNode word => BuildWord(word, negated),
        PhraseNode phrase => BuildPhrase(phrase.Text, phrase.Field, negated),
        FilterNode filter => new ConstantScoreQuery(new TermQuery(new Term(filter.Field, filter.Value.ToLowerInvariant()))) { Boost = 0f },
        DateRangeNode range => new ConstantScoreQuery(DateRange(range.From, range.To)) { Boost = 0f },
        NotNode not => Exclude(Build(not.Inner, !negated)),
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
        var tokens = ProvisionalAnalysis.Terms(SearchFields.Exact, node.Text);
        if (tokens.Count == 0)
        {
            return null;
        }
        if (tokens.Count > 1 && !node.Prefix)
        {
            // "anti-Party" or "Soviet-Iranian": the pieces in order, as a phrase.
            return BuildPhrase(node.Text, node.Field, negated);
        }
        var word = new MatchWord(node.Text, node.Prefix, fuzzy: true);
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
            return node.Prefix ? new PrefixQuery(new Term(SearchFields.Title, word.Exact)) : new TermQuery(new Term(SearchFields.Title, word.Exact));
        }
        var query = new DisjunctionMaxQuery(0.1f);
        if (word.Prefix)
        {
            query.Add(new PrefixQuery(new Term(SearchFields.Title, word.Exact)) { Boost = TitleBoost });
            query.Add(new PrefixQuery(new Term(SearchFields.Exact, word.Exact)) { Boost = ExactBoost });
            if (word.Latin is not null)
            {
                query.Add(new PrefixQuery(new Term(SearchFields.Latin, word.Latin)) { Boost = LatinBoost });
                query.Add(new PrefixQuery(new Term(SearchFields.Ocr, word.Latin)) { Boost = OcrBoost });
            }
            return query;
        }
        query.Add(new TermQuery(new Term(SearchFields.Title, word.Exact)) { Boost = TitleBoost });
        query.Add(new TermQuery(new Term(SearchFields.Exact, word.Exact)) { Boost = ExactBoost });
        foreach (var (field, stem) in word.Stems)
        {
            query.Add(new TermQuery(new Term(field, stem)) { Boost = StemBoost });
        }
        if (word.Latin is not null)
        {
            query.Add(new TermQuery(new Term(SearchFields.Latin, word.Latin)) { Boost = LatinBoost });
            query.Add(new TermQuery(new Term(SearchFields.Ocr, word.Latin)) { Boost = OcrBoost });
            if (word.Edits > 0)
            {
                query.Add(new FuzzyQuery(new Term(SearchFields.Latin, word.Latin), word.Edits, 1) { Boost = FuzzyBoost });
                query.Add(new FuzzyQuery(new Term(SearchFields.Ocr, word.Latin), word.Edits, 1) { Boost = OcrBoost * 0.5f });
            }
        }
        if (word.Key is not null)
        {
            query.Add(new TermQuery(new Term(SearchFields.Key, word.Key)) { Boost = KeyBoost });
        }
        return query;
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
        var fields = string.Equals(field, SearchFields.Title, StringComparison.Ordinal) ? [SearchFields.Title] : PhraseFields;
        var query = new DisjunctionMaxQuery(0.1f);
        foreach (var phraseField in fields)
        {
            var phrase = new PhraseQuery { Boost = Boost(phraseField) };
            var position = 0;
            foreach (var word in surface)
            {
                // The analysis of the field decides the term; a word a field drops leaves a gap.
                var analysisField = string.Equals(phraseField, SearchFields.Title, StringComparison.Ordinal) ? SearchFields.Exact : phraseField;
                var terms = ProvisionalAnalysis.Terms(analysisField, word);
                if (terms.Count > 0)
                {
                    phrase.Add(new Term(phraseField, string.Concat(terms)), position);
                }
                position++;
            }
            if (phrase.GetTerms().Length > 0)
            {
                query.Add(phrase);
            }
        }
        return query;
    }

    /// <summary>The typed words of <paramref name="text"/> as the exact field splits them.</summary>
    private static List<string> SurfaceWords(string text)
    {
        var words = new List<string>();
        using var stream = ProvisionalAnalysis.Analyzer.GetTokenStream(SearchFields.Exact, text);
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(text[offsets.StartOffset..offsets.EndOffset]);
        }
        stream.End();
        return words;
    }

    private static float Boost(string field) => field switch
    {
        SearchFields.Title => TitleBoost,
        SearchFields.Exact => ExactBoost,
        SearchFields.Latin => LatinBoost,
        _ => StemBoost,
    };
}
