using Dossier.Search.Analysis;
using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// The terms of a segment's field that prefix and fuzzy words may match, in term order: exact forms by lookup, prefix
/// words by their ranges of the dictionary, fuzzy words by the query's Levenshtein automaton (<see cref="FuzzyQueries.Within"/>),
/// or with the search's lookups by the terms its query found within the word's edits (<see cref="TermLookups.Within"/>:
/// of every segment, so a term may be one this segment lacks, which reads no postings). A term found here is still
/// decided by <see cref="MatchWord.Match"/>.
/// </summary>
internal static class FieldTerms
{
    public static SortedSet<BytesRef> Candidates(Terms terms, string field, IReadOnlyList<MatchWord> words, TermLookups? lookups = null)
    {
        var found = new SortedSet<BytesRef>();
        var termsEnum = terms.GetEnumerator();
        var latinLike = string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal);
        foreach (var word in words)
        {
            if (word.Prefix && (latinLike || string.Equals(field, SearchFields.Exact, StringComparison.Ordinal)))
            {
                foreach (var prefix in latinLike ? word.Latin : word.Exact)
                {
                    AddPrefixed(termsEnum, new BytesRef(prefix), found);
                }
                continue;
            }
            // The ocr field holds OCR'd words as the latn field romanizes them.
            var exact = string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal) ? word.Latin : word.Candidates(field);
            foreach (var term in exact)
            {
                var bytes = new BytesRef(term);
                if (bytes.Length > 0 && termsEnum.SeekExact(bytes))
                {
                    found.Add(bytes);
                }
            }
            if (latinLike && word.Edits > 0 && word.FuzzyTerm is { Length: > 0 } fuzzy)
            {
                if (char.IsSurrogate(fuzzy[0]))
                {
                    // A first letter outside the Basic Multilingual Plane: every term that starts with it.
                    AddPrefixed(termsEnum, new BytesRef(fuzzy[..Math.Min(2, fuzzy.Length)]), found);
                    continue;
                }
                if (lookups is not null)
                {
                    found.UnionWith(lookups.Within(field, fuzzy, word.Edits).Select(t => t.Term));
                }
                else
                {
                    var within = FuzzyQueries.Within(terms, fuzzy, word.Edits);
                    while (within.MoveNext())
                    {
                        found.Add(BytesRef.DeepCopyOf(within.Term));
                    }
                }
            }
        }
        return found;
    }

    private static void AddPrefixed(TermsEnum termsEnum, BytesRef prefix, SortedSet<BytesRef> found)
    {
        if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return;
        }
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, prefix))
            {
                return;
            }
            found.Add(BytesRef.DeepCopyOf(termsEnum.Term));
        }
        while (termsEnum.MoveNext());
    }
}
