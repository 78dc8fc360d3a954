using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// Ranks the records related to a document (<see cref="RelatedQuery"/>) from the index of public records: the postings
/// of each cited authority (<see cref="IndexFields.Cites"/>) that is not common, whose document frequency is its count
/// of citing records, and the postings of the document's day. Cost follows the postings read: a name common enough to
/// be left out is never read, so no list read is longer than <see cref="RelatedQuery.CommonAbove"/>. Dates come from
/// <see cref="SegmentColumns"/>; a record counts its shared names as it goes and marks which they are, and its id is read
/// only for the records that may be shown.
/// </summary>
internal static class RelatedRecords
{
    public static IReadOnlyList<RelatedCandidate> Find(IndexSearcher searcher, RelatedQuery query)
    {
        var leaves = searcher.IndexReader.Leaves;
        var names = leaves.Select(l => l.AtomicReader.GetTerms(IndexFields.Cites)?.GetEnumerator()).ToArray();
        var cited = new List<(string AuthorityId, BytesRef Term, TermState?[] States)>();
        foreach (var authorityId in query.AuthorityIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // One seek per segment gives both the count of citing records and, for a name not common, its postings.
            var term = new BytesRef(IndexTerms.Fit(authorityId));
            var states = new TermState?[leaves.Count];
            var citing = 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                states[i] = names[i] is { } terms && terms.SeekExact(term) ? terms.GetTermState() : null;
                citing += states[i] is null ? 0 : names[i]!.DocFreq;
            }
            if (citing <= query.CommonAbove)
            {
                cited.Add((authorityId, term, states));
            }
        }
        var tally = RelatedTally.Rent(searcher.IndexReader.MaxDoc);
        try
        {
            return Find(leaves, names, cited, tally, query);
        }
        finally
        {
            RelatedTally.Return(tally);
        }
    }

    private static IReadOnlyList<RelatedCandidate> Find(IList<AtomicReaderContext> leaves, TermsEnum?[] names, List<(string AuthorityId, BytesRef Term, TermState?[] States)> cited, RelatedTally tally, RelatedQuery query)
    {
        var reuse = new DocsEnum?[leaves.Count];
        for (var n = 0; n < cited.Count; n++)
        {
            var bit = n < RelatedTally.Marked ? 1UL << n : 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                if (cited[n].States[i] is { } state)
                {
                    names[i]!.SeekExact(cited[n].Term, state);
                    var docs = reuse[i] = names[i]!.Docs(leaves[i].AtomicReader.LiveDocs, reuse[i], DocsFlags.NONE);
                    var docBase = leaves[i].DocBase;
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        tally.Share(docBase + doc, bit);
                    }
                }
            }
        }
        if (query.Day is { } day)
        {
            var number = RecordDocumentBuilder.DayNumber(day);
            var starting = Docs(leaves, IndexFields.DateStart, number);
            starting.IntersectWith(Docs(leaves, IndexFields.DateEnd, number));
            foreach (var doc in starting)
            {
                tally.OfSameDay(doc);
            }
        }
        foreach (var doc in Docs(leaves, IndexFields.Id, new BytesRef(query.RecordId)))
        {
            tally.Drop(doc);
        }
        return Rank(leaves, tally, query.Limit, (leaf, doc, marked) => SharedBy(leaves[leaf], names[leaf]!, cited, leaf, doc, marked));
    }

    /// <summary>
    /// The best <paramref name="limit"/> by <see cref="RelatedCandidate.Ranked"/>: ordered by score and date first, then
    /// ids and shared names are read only for those up to the last place and the records tied with it.
    /// </summary>
    private static List<RelatedCandidate> Rank(IList<AtomicReaderContext> leaves, RelatedTally tally, int limit, Func<int, int, ulong, List<string>> shared)
    {
        if (limit <= 0)
        {
            return [];
        }
        var starts = leaves.Select(l => SegmentColumns.StartsOf(l.AtomicReader)).ToArray();
        var bases = leaves.Select(l => l.DocBase).ToArray();
        int StartOf(int doc)
        {
            var at = leaves.Count == 1 ? 0 : ReaderUtil.SubIndex(doc, bases);
            return starts[at][doc - bases[at]] is var start and not 0 ? start : int.MaxValue;
        }
        // The records ahead of the last place shown and those tied with it, found without sorting every record that
        // shares a name (sorting them all was a fortieth of a document page): one pass keeps the best keys in a buffer
        // of the places shown, a second takes the records up to the last of them.
        var best = new List<(int Score, int Start)>(limit + 1);
        var met = tally.Met;
        foreach (var doc in met)
        {
            if (tally.ScoreOf(doc) is var score and > 0)
            {
                Keep(best, (score, StartOf(doc)), limit);
            }
        }
        if (best.Count == 0)
        {
            return [];
        }
        var last = best[^1];
        var shown = new List<(int Doc, int Start)>(limit);
        foreach (var doc in met)
        {
            if (tally.ScoreOf(doc) is var score and > 0 && (score > last.Score || (score == last.Score && StartOf(doc) <= last.Start)))
            {
                shown.Add((doc, StartOf(doc)));
            }
        }
        var id = new BytesRef();
        return
        [
            .. RelatedCandidate.Ranked(shown.Select(s =>
            {
                var at = ReaderUtil.SubIndex(s.Doc, bases);
                var local = s.Doc - bases[at];
                SegmentColumns.IdsOf(leaves[at].AtomicReader).Get(local, id);
                return new RelatedCandidate(id.Utf8ToString(), shared(at, local, tally.NamesOf(s.Doc)), tally.IsOfSameDay(s.Doc), SegmentColumns.ToDate(s.Start == int.MaxValue ? 0 : s.Start));
            })).Take(limit),
        ];
    }

    /// <summary>Puts <paramref name="key"/> in its place among <paramref name="best"/>, which keeps the best <paramref name="limit"/>.</summary>
    private static void Keep(List<(int Score, int Start)> best, (int Score, int Start) key, int limit)
    {
        if (best.Count == limit && Compare(key, best[^1]) >= 0)
        {
            return;
        }
        var at = best.Count;
        while (at > 0 && Compare(key, best[at - 1]) < 0)
        {
            at--;
        }
        best.Insert(at, key);
        if (best.Count > limit)
        {
            best.RemoveAt(limit);
        }
    }

    /// <summary>Higher score first, then the earlier date (undated last).</summary>
    private static int Compare((int Score, int Start) a, (int Score, int Start) b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start);

    /// <summary>
    /// The cited names whose postings in segment <paramref name="leaf"/> hold <paramref name="doc"/> (a segment's number), in
    /// the order cited: the first <see cref="RelatedTally.Marked"/> from the marks counted with them, any further ones read back from their postings.
    /// </summary>
    private static List<string> SharedBy(AtomicReaderContext context, TermsEnum terms, List<(string AuthorityId, BytesRef Term, TermState?[] States)> cited, int leaf, int doc, ulong marked)
    {
        var shared = new List<string>();
        for (var n = 0; n < cited.Count; n++)
        {
            if (n < RelatedTally.Marked)
            {
                if ((marked & (1UL << n)) != 0)
                {
                    shared.Add(cited[n].AuthorityId);
                }
                continue;
            }
            if (cited[n].States[leaf] is not { } state)
            {
                continue;
            }
            terms.SeekExact(cited[n].Term, state);
            if (terms.Docs(context.AtomicReader.LiveDocs, null, DocsFlags.NONE).Advance(doc) == doc)
            {
                shared.Add(cited[n].AuthorityId);
            }
        }
        return shared;
    }

    /// <summary>The live documents (index-wide numbers) holding <paramref name="value"/>, a full-precision value of an <see cref="Lucene.Net.Documents.Int32Field"/>.</summary>
    private static HashSet<int> Docs(IList<AtomicReaderContext> leaves, string field, int value)
    {
        var term = new BytesRef(NumericUtils.BUF_SIZE_INT32);
        NumericUtils.Int32ToPrefixCodedBytes(value, 0, term);
        return Docs(leaves, field, term);
    }

    private static HashSet<int> Docs(IList<AtomicReaderContext> leaves, string field, BytesRef term)
    {
        var docs = new HashSet<int>();
        foreach (var leaf in leaves)
        {
            if (leaf.AtomicReader.GetTerms(field)?.GetEnumerator() is { } terms && terms.SeekExact(term))
            {
                var postings = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    docs.Add(leaf.DocBase + doc);
                }
            }
        }
        return docs;
    }
}
