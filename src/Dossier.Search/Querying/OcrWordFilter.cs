using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// The records whose OCR text holds one garbled word carrying at least <paramref name="required"/> of a query word's
/// n-grams: a word's grams are indexed at its position in the ocr field, so they must stand at one position, and
/// grams scattered over several words ("Bayar" from "_ba" in one, "yar" in another) do not count. The snippets place
/// an OCR match by the same rule (Snippets.PageMatches), so what search finds in OCR text is what a page marks.
/// Before, a word of more than a few grams (too many choices of grams to ask each as a phrase) counted its grams
/// anywhere in the record: "established" found the model record's Azerbaijani OCR layer by 7 of its 11 grams spread
/// over 21,000 characters, which "establisched" did not, and the exact word ranked other records lower than its
/// variant did (issue 8's consistency rule).
/// </summary>
/// <param name="field">The ocr field, or a layer-qualified copy of it.</param>
/// <param name="grams">The query word's distinct grams.</param>
/// <param name="required">How many of them one word must carry.</param>
internal sealed class OcrWordFilter(string field, IReadOnlyList<string> grams, int required) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        if (context.AtomicReader.GetTerms(field) is not { } terms)
        {
            return null;
        }
        var termsEnum = terms.GetEnumerator();
        var postings = new List<DocsAndPositionsEnum>(grams.Count);
        foreach (var gram in grams)
        {
            if (termsEnum.SeekExact(new BytesRef(gram)) && termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE) is { } found
                && found.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                postings.Add(found);
            }
        }
        if (postings.Count < required)
        {
            return null;
        }
        var matching = new FixedBitSet(context.AtomicReader.MaxDoc);
        var onDoc = new List<DocsAndPositionsEnum>(postings.Count);
        var atPosition = new Dictionary<int, int>();
        while (postings.Count >= required)
        {
            var doc = postings.Min(p => p.DocID);
            onDoc.Clear();
            onDoc.AddRange(postings.Where(p => p.DocID == doc));
            if (onDoc.Count >= required && InOneWord(onDoc, atPosition))
            {
                matching.Set(doc);
            }
            foreach (var gram in onDoc)
            {
                if (gram.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                {
                    postings.Remove(gram);
                }
            }
        }
        return matching;
    }

    /// <summary>True when enough of the grams on the current record stand at one position (each gram counted once there).</summary>
    private bool InOneWord(List<DocsAndPositionsEnum> onDoc, Dictionary<int, int> atPosition)
    {
        atPosition.Clear();
        foreach (var gram in onDoc)
        {
            var last = -1;
            for (var i = 0; i < gram.Freq; i++)
            {
                var position = gram.NextPosition();
                if (position == last)
                {
                    continue;
                }
                last = position;
                var count = atPosition.GetValueOrDefault(position) + 1;
                if (count >= required)
                {
                    return true;
                }
                atPosition[position] = count;
            }
        }
        return false;
    }

    public override string ToString() => $"OcrWordFilter({field}: {required} of {string.Join(" ", grams)})";
}
