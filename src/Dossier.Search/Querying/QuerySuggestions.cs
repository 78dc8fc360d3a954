using Dossier.Core.Authorities;
using Dossier.Search.Analysis;
using Dossier.Search.Authorities;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// "Did you mean": when a query finds little, or finds only by other spellings, queries that would find more. For
/// each typed word the index does not hold as written (when fewer than <see cref="FewHits"/> records match, or at all): the authority's preferred name when the word is a known spelling of a name, else the
/// word of the index (as written, any script) within one or two edits of its romanized form that most records hold
/// (Damerau–Levenshtein, as Lucene's FuzzyTermsEnum counts edits). Each suggestion is the whole query with that
/// word replaced, the correction written in the typed word's case (<see cref="InCaseOf"/>), after the query with every
/// corrected word replaced when there are several. A word the index holds as
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

    /// <summary>A name that sounds like a word is offered when this many times more records hold it than the query found.</summary>
    public const int SoundsLikeMoreTimes = 10;

    public static IReadOnlyList<string> For(IndexReader reader, string? typed, IReadOnlyList<MatchWord> words, int total, TermLookups? lookups = null, AuthorityNames? names = null)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }
        var few = total < FewHits;
        var suggestions = new List<string>();
        var firsts = new List<(string Typed, string Replacement)>();
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
            if (names is not null && SoundingName(reader, word, names, total, lookups) is { } sounding)
            {
                replacements.Add(InCaseOf(word.Typed, sounding));
            }
            foreach (var replacement in replacements)
            {
                var suggestion = typed.Replace(word.Typed, replacement, StringComparison.Ordinal);
                if (string.Equals(suggestion, typed, StringComparison.Ordinal))
                {
                    continue;
                }
                if (!firsts.Exists(f => string.Equals(f.Typed, word.Typed, StringComparison.Ordinal)))
                {
                    firsts.Add((word.Typed, replacement));
                }
                if (!suggestions.Contains(suggestion, StringComparer.Ordinal) && suggestions.Count < MaxSuggestions)
                {
                    suggestions.Add(suggestion);
                }
            }
        }

        // Several words corrected: the query with each word's first correction comes first (Эйзенхауэр Хэмфри: Eisenhower
        // Humphrey), since the query with one word corrected still requires the other as typed.
        if (firsts.Count > 1)
        {
            var all = firsts.Aggregate(typed, (query, f) => query.Replace(f.Typed, f.Replacement, StringComparison.Ordinal));
            suggestions.Remove(all);
            suggestions.Insert(0, all);
            if (suggestions.Count > MaxSuggestions)
            {
                suggestions.RemoveAt(suggestions.Count - 1);
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

    /// <summary>
    /// The word of a public person's or place's name that sounds like the typed one (<see cref="AuthorityNames.SoundingLike"/>,
    /// from each of its romanized forms), when at least <see cref="SoundsLikeMoreTimes"/> times as many records hold it as
    /// the query found (and <see cref="FewHits"/> at least); of several, the fewest letters away from the word's first
    /// romanization (its fuzzy term), then the commonest (Париж, parizh: Paris, not Press; Ганди, gandi: Gandhi, not Hand,
    /// which a romanization of г as h, handi, is as near). Тегеран, found in 29 FRUS records by its spelling tolerance, is offered Tehran
    /// (855); Вашингтон, which finds Washington's records, nothing.
    /// </summary>
    private static string? SoundingName(IndexReader reader, MatchWord word, AuthorityNames names, int total, TermLookups? lookups)
    {
        string? best = null;
        var least = Math.Max(FewHits, (long)total * SoundsLikeMoreTimes);
        (int Distance, int Frequency) bestRank = (int.MaxValue, 0);
        foreach (var latin in word.Latin)
        {
            if (LooseKey.Of(latin) is not { } key)
            {
                continue;
            }
            var shortKey = LooseKey.IsShort(key);
            foreach (var candidate in names.SoundingLike(key))
            {
                if (word.Latin.Contains(candidate))
                {
                    continue;
                }
                var term = new Term(SearchFields.Latin, candidate);
                var frequency = lookups?.DocFreq(term) ?? reader.DocFreq(term);
                var reference = word.FuzzyTerm ?? latin;
                var distance = Levenshtein.Distance(reference, candidate);

                // Three classes say little: the name must also be spelled nearly alike (Сомоса, somosa, is not James).
                if (shortKey && distance * 2 > Math.Max(reference.Length, candidate.Length))
                {
                    continue;
                }
                if (frequency >= least && (distance < bestRank.Distance || (distance == bestRank.Distance && frequency > bestRank.Frequency)))
                {
                    best = candidate;
                    bestRank = (distance, frequency);
                }
            }
        }
        return best;
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
