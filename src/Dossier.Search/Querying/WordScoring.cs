using Dossier.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// How one typed word scores a record. Every spelling of a word (Khrushchev, Khrushchov, Хрущев) belongs to one class:
/// the word's skeleton key when it has one, otherwise its romanized form. The class is scored by BM25 (term frequency
/// over every layer and script, the class's rarity); the forms closer to what was typed (the title, the word as
/// written, its stem, its romanization) add constant bonuses in proportion to the class's idf. So two spellings of a
/// word score a record alike except for the bonuses of the spelling it holds, and the exact form of a word never ranks
/// a record holding it below where a variant of the word ranks it (the rule of issue 8, tested as a property).
/// </summary>
internal static class WordScoring
{
    public const float BaseBoost = 4f;
    public const float TitleBonus = 4f;
    public const float ExactBonus = 3f;
    public const float StemBonus = 1.5f;
    public const float LatinBonus = 1f;
    public const float FuzzyBonus = 0.5f;
    public const float AuthorityBoost = 2f;
    public const float OcrBoost = 1f;

    /// <summary>The word's clauses over the layer text fields (names passed through <paramref name="name"/>); title bonus only when <paramref name="title"/>.</summary>
    public static Query For(MatchWord word, QueryContext context, Func<string, string> name, bool title)
    {
        // A word with neither key nor romanized form (a Cyrillic word whose romanization is an ordinary English word) is its own class, as written.
        var (classField, classTerms) = word.Keys.Count > 0 ? (SearchFields.Key, word.Keys)
            : word.LatinClass.Any() ? (SearchFields.Latin, word.LatinClass)
            : (SearchFields.Exact, (IEnumerable<string>)word.Exact);
        var idf = context.Idf(classField, classTerms);
        // A sum in the clauses' order (ClauseSumQuery): the same record scores the same in any index of the same records,
        // and its scorer keeps documents in order, which the collector's score rounding (Visibility.StableScores) needs.
        var query = new ClauseSumQuery();
        if (word.Prefix)
        {
            query.Add(Any(context, name(SearchFields.Exact), word.Exact, prefix: true, ExactBonus * idf));
            query.Add(Any(context, name(SearchFields.Latin), word.Latin, prefix: true, LatinBonus * idf));
            return query;
        }
        var classQuery = new DisjunctionMaxQuery(0f);
        foreach (var term in classTerms)
        {
            classQuery.Add(context.Term(name(classField), term, BaseBoost));
        }
        if (word.Keys.Count > 0)
        {
            // The place's name in the other language has no key of the word's: it is in the class as written (Дамаск, damaskus).
            foreach (var term in word.OtherNames)
            {
                classQuery.Add(context.Term(name(SearchFields.Latin), term, BaseBoost));
            }
        }
        // A name of several words in the other language (США: "United States") is in the class as a phrase, any form of each word.
        foreach (var phrase in word.OtherPhrases)
        {
            var words = new MultiPhraseQuery { Boost = BaseBoost };
            foreach (var forms in phrase)
            {
                words.Add([.. forms.Select(form => new Term(name(SearchFields.Latin), form))]);
            }
            classQuery.Add(words);
        }
        foreach (var term in word.AuthorityTerms.Keys)
        {
            classQuery.Add(context.Term(name(SearchFields.Latin), term, AuthorityBoost));
        }
        if (classQuery.Disjuncts.Count > 0)
        {
            query.Add(classQuery);
        }
        if (title)
        {
            query.Add(Any(context, SearchFields.TitleForms, word.LatinClass.Concat(word.Keys), prefix: false, TitleBonus * idf));
        }
        query.Add(Any(context, name(SearchFields.Exact), word.Exact, prefix: false, ExactBonus * idf));
        var stems = new BooleanQuery(disableCoord: true);
        foreach (var (field, terms) in word.Stems)
        {
            foreach (var term in terms)
            {
                stems.Add(context.Term(name(field), term), Occur.SHOULD);
            }
        }
        if (stems.Clauses.Count > 0)
        {
            query.Add(new ConstantScoreQuery(stems) { Boost = StemBonus * idf });
        }
        if (word.Keys.Count > 0)
        {
            query.Add(Any(context, name(SearchFields.Latin), word.Latin, prefix: false, LatinBonus * idf));
        }
        AddLoose(query, word, context, name, idf, classField, classTerms);
        return query;
    }

    /// <summary>
    /// The loose matches: OCR words and grams, and the fuzzy terms. The fuzzy bonus goes to every record the word's class
    /// matches as well, so it only lets a record the class misses in: a record holding another word within the edits
    /// ("depend" for "dephend") gets no more than one holding a spelling of the typed word ("defend"), and a variant
    /// cannot reorder two records that both hold the exact form (issue 8's rule; "defend" against "dephend" broke it).
    /// </summary>
    private static void AddLoose(ClauseSumQuery query, MatchWord word, QueryContext context, Func<string, string> name, float idf, string classField, IEnumerable<string> classTerms)
    {
        foreach (var term in word.OcrWords)
        {
            query.Add(context.Term(name(SearchFields.Ocr), term, OcrBoost));
        }
        if (word.OcrGrams.Count > 0)
        {
            // The share of the word's grams one garbled word must carry (OcrWordFilter): grams at one position, never spread over several words.
            query.Add(new ConstantScoreQuery(new OcrWordFilter(name(SearchFields.Ocr), word.OcrGrams, word.OcrGramsRequired)) { Boost = FuzzyBonus * idf * 0.5f });
        }
        if (word.Edits > 0 && word.FuzzyTerm is { } fuzzy)
        {
            var loose = new BooleanQuery(disableCoord: true) { { context.Fuzzy(name(SearchFields.Latin), fuzzy, word.Edits, word.FarVariants), Occur.SHOULD } };
            foreach (var term in classTerms)
            {
                loose.Add(context.Term(name(classField), term), Occur.SHOULD);
            }
            query.Add(new ConstantScoreQuery(loose) { Boost = FuzzyBonus * idf });
            if (word.Ocr && word.OcrGrams.Count == 0)
            {
                query.Add(new ConstantScoreQuery(context.Fuzzy(name(SearchFields.Ocr), fuzzy, word.Edits)) { Boost = FuzzyBonus * idf * 0.5f });
            }
        }
    }

    /// <summary>A constant <paramref name="boost"/> for a record holding any of the terms.</summary>
    private static Query Any(QueryContext context, string field, IEnumerable<string> terms, bool prefix, float boost)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            any.Add(prefix ? new PrefixQuery(new Term(field, term)) : context.Term(field, term), Occur.SHOULD);
        }
        return new ConstantScoreQuery(any) { Boost = boost };
    }
}
