using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// One query word as each field sees it. The query is built from it, and snippets and "why" test a
/// document's own terms against it, so highlighting agrees with matching.
/// </summary>
internal sealed class MatchWord
{
    public MatchWord(string typed, bool prefix, bool fuzzy)
    {
        Typed = typed;
        Prefix = prefix;
        Exact = First(SearchFields.Exact, typed);
        foreach (var lang in ProvisionalAnalysis.StemLanguages)
        {
            var field = SearchFields.Stem(lang);
            if (First(field, typed) is { } stem)
            {
                Stems[field] = stem;
            }
        }
        Latin = First(SearchFields.Latin, typed);
        Key = prefix ? null : First(SearchFields.Key, typed);
        Edits = !fuzzy || prefix || Latin is null ? 0 : Latin.Length switch
        {
            < 5 => 0,
            < 8 => 1,
            _ => 2,
        };
    }

    public string Typed { get; }

    public bool Prefix { get; }

    public string? Exact { get; }

    public Dictionary<string, string> Stems { get; } = new(StringComparer.Ordinal);

    public string? Latin { get; }

    public string? Key { get; }

    /// <summary>Edits allowed on the romanized form: none for short words, one for mid-length, two from eight letters.</summary>
    public int Edits { get; }

    public bool IsEmpty => Exact is null;

    /// <summary>How a document term of <paramref name="field"/> matches this word, or null.</summary>
    public MatchKind? Match(string field, string term)
    {
        if (string.Equals(field, SearchFields.Exact, StringComparison.Ordinal))
        {
            return Prefix ? (Exact is not null && term.StartsWith(Exact, StringComparison.Ordinal) ? MatchKind.Exact : null)
                : string.Equals(term, Exact, StringComparison.Ordinal) ? MatchKind.Exact : null;
        }
        if (string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))
        {
            var ocr = string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal);
            if (Latin is null)
            {
                return null;
            }
            if (Prefix ? term.StartsWith(Latin, StringComparison.Ordinal) : string.Equals(term, Latin, StringComparison.Ordinal))
            {
                return ocr ? MatchKind.Ocr : MatchKind.Latin;
            }
            return Edits > 0 && WithinEdits(Latin, term, Edits) ? (ocr ? MatchKind.Ocr : MatchKind.Fuzzy) : null;
        }
        if (string.Equals(field, SearchFields.Key, StringComparison.Ordinal))
        {
            return Key is not null && string.Equals(term, Key, StringComparison.Ordinal) ? MatchKind.Key : null;
        }
        return Stems.TryGetValue(field, out var stem) && string.Equals(term, stem, StringComparison.Ordinal) ? MatchKind.Stem : null;
    }

    private static string? First(string field, string text)
    {
        var terms = ProvisionalAnalysis.Terms(field, text);
        return terms.Count > 0 ? string.Concat(terms) : null;
    }

    /// <summary>Levenshtein distance at most <paramref name="max"/>, first letter fixed (as the query's prefix length).</summary>
    internal static bool WithinEdits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length == 0 || b.Length == 0 || a[0] != b[0])
        {
            return false;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > max)
            {
                return false;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= max;
    }
}
