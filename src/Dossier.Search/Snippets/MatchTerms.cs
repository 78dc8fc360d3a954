using System.Text;
using Dossier.Search.Analysis;
using Dossier.Search.Querying;
using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// Which terms of a hit's field (its term vector) a query word may match, tested on the term's bytes so the terms no
/// word can match are passed over without being decoded and compared with every word: exact forms by lookup, prefix
/// words by their prefixes, fuzzy words by their first letter, which an edit never changes
/// (<see cref="MatchWord.WithinEdits"/>). A term it lets through is still decided by <see cref="MatchWord.Match"/>.
/// </summary>
internal sealed class MatchTerms
{
    private readonly TermSet _exact = new();
    private readonly List<BytesRef> _prefixes = [];
    private readonly bool _all;

    public MatchTerms(string field, IReadOnlyList<MatchWord> words)
    {
        var latinLike = string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal);
        foreach (var word in words)
        {
            if (word.Prefix && (latinLike || string.Equals(field, SearchFields.Exact, StringComparison.Ordinal)))
            {
                _prefixes.AddRange((latinLike ? word.Latin : word.Exact).Select(p => new BytesRef(p)));
                continue;
            }
            var exact = field switch
            {
                SearchFields.Exact => word.Exact,
                SearchFields.Latin => word.Latin.Concat(word.AuthorityTerms.Keys),
                SearchFields.Ocr => word.Latin,
                _ => word.Candidates(field),
            };
            foreach (var term in exact)
            {
                _exact.Add(term);
            }
            if (latinLike && word.Edits > 0 && word.FuzzyTerm is { Length: > 0 } fuzzy)
            {
                // A first letter outside the Basic Multilingual Plane has no one-char prefix: let every term through.
                _all |= char.IsSurrogate(fuzzy[0]);
                _prefixes.Add(new BytesRef(Encoding.UTF8.GetBytes(fuzzy[..1])));
            }
        }
    }

    /// <summary>False only when no word can match <paramref name="term"/>.</summary>
    public bool MayMatch(BytesRef term)
    {
        if (_all || _exact.Contains(term))
        {
            return true;
        }
        foreach (var prefix in _prefixes)
        {
            if (StringHelper.StartsWith(term, prefix))
            {
                return true;
            }
        }
        return false;
    }
}
