using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Snippets;

/// <summary>
/// The offsets of the wanted terms in one field of a hit's term vector, read in one pass over its terms. A term
/// vector's enum seeks by walking from its first term, so looking each wanted term up walked the field once per term.
/// </summary>
internal static class TermOffsets
{
    /// <summary>Term to its occurrences as start/end offset pairs, flattened; terms the field lacks are absent.</summary>
    public static Dictionary<string, int[]> Read(TermsEnum terms, TermSet wanted, ref DocsAndPositionsEnum? reuse)
    {
        var found = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }
        while (found.Count < wanted.Count && terms.MoveNext())
        {
            if (!wanted.Contains(terms.Term))
            {
                continue;
            }
            var key = terms.Term.Utf8ToString();
            reuse = terms.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
            if (reuse is null || reuse.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                found[key] = [];
                continue;
            }
            var offsets = new int[reuse.Freq * 2];
            for (var i = 0; i < reuse.Freq; i++)
            {
                reuse.NextPosition();
                offsets[2 * i] = reuse.StartOffset;
                offsets[(2 * i) + 1] = reuse.EndOffset;
            }
            found[key] = offsets;
        }
        return found;
    }
}
