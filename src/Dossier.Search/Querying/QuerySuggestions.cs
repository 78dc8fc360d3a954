using Dossier.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// "Did you mean": when a query finds little, or finds only by other spellings, queries that would find more. For
/// each typed word the index does not hold as written (when fewer than <see cref="FewHits"/> records match, or at all): the authority's preferred name when the word is a known spelling of a name, else the
/// word of the index (as written, any script) within one or two edits of its romanized form that most records hold
/// (Damerau–Levenshtein, as Lucene's FuzzyTermsEnum counts edits). Each suggestion is the whole query with that
/// word replaced, the correction written in the typed word's case (<see cref="InCaseOf"/>). A word the index holds as
/// written is offered the commoner word one edit away that its spelling tolerance left out as another word
/// (QueryContext's far variants), when fewer than a page of records are found:
/// "threshhold", a misspelling three FRUS records hold, finds those three and is offered "threshold" (103 records).
/// </summary>
internal static class QuerySuggestions
{
    /// <summary>Fewer hits than this and suggestions are looked for.</summary>
    public const int FewHits = 3;

    private const int MaxSuggestions = 5;

    /// <summary>Fewer hits than this (a page) and a word held as written is offered the commoner spelling left out of its matches.</summary>
    public const int LeftOutBelow = 10;

    public static IReadOnlyList<string> For(IndexReader reader, string? typed, IReadOnlyList<MatchWord> words, int total, TermLookups? lookups = null)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }
        var few = total < FewHits;
        var suggestions = new List<string>();
        foreach (var word in words.Where(w => !w.Prefix && !w.IsEmpty))
        {
            var leftOut = total < LeftOutBelow && word.FuzzyTerm is { } fuzzy && word.FarVariants.Any(v => MatchWord.WithinEdits(fuzzy, v, 1));
            if ((!few && word.AuthorityTerms.Count == 0 && word.Edits == 0)
                || (!leftOut && word.Exact.Any(e => (lookups?.DocFreq(new Term(SearchFields.Exact, e)) ?? reader.DocFreq(new Term(SearchFields.Exact, e))) > 0)))
            {
                continue;
            }
            var replacements = word.AuthorityTerms.Values.Distinct(StringComparer.Ordinal).ToList();
            if (Correction(reader, word) is { } corrected)
            {
                replacements.Add(InCaseOf(word.Typed, corrected));
            }
            foreach (var replacement in replacements)
            {
                var suggestion = typed.Replace(word.Typed, replacement, StringComparison.Ordinal);
                if (!string.Equals(suggestion, typed, StringComparison.Ordinal) && !suggestions.Contains(suggestion, StringComparer.Ordinal) && suggestions.Count < MaxSuggestions)
                {
                    suggestions.Add(suggestion);
                }
            }
        }
        return suggestions;
    }

    /// <summary>
    /// A correction (an exact term, lower case) written as the word it replaces was: capitalized after a capital
    /// ("Gromyka" → "Gromyko"), in capitals after capitals ("GROMYKA" → "GROMYKO"), else as the index holds it.
    /// </summary>
    internal static string InCaseOf(string typed, string correction)
    {
        if (typed.Length == 0 || correction.Length == 0 || !char.IsUpper(typed[0]))
        {
            return correction;
        }
        if (typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return correction.ToUpperInvariant();
        }
        return string.Concat(correction[..1].ToUpperInvariant(), correction.AsSpan(1));
    }

    /// <summary>The index's most common word within reach of the typed one, in the exact field (real words, as written).</summary>
    private static string? Correction(IndexReader reader, MatchWord word)
    {
        var term = word.Exact.First();
        if (term.Length < 4 || MultiFields.GetTerms(reader, SearchFields.Exact) is not { } terms)
        {
            return null;
        }
        var edits = term.Length < 8 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Exact, term), edits, 1, transpositions: true);
        string? best = null;
        var bestFrequency = 0;
        while (fuzzy.MoveNext())
        {
            if (fuzzy.DocFreq > bestFrequency)
            {
                best = fuzzy.Term.Utf8ToString();
                bestFrequency = fuzzy.DocFreq;
            }
        }
        return best;
    }
}
