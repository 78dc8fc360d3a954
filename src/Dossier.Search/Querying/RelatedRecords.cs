using System.Runtime.InteropServices;
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
    /// <summary>The largest table a thread keeps between pages (entries): a page reading more postings allocates its own.</summary>
    private const int KeptCapacity = 1 << 16;

    [ThreadStatic]
    private static Dictionary<int, Found>? _found;

    public static IReadOnlyList<RelatedCandidate> Find(IndexSearcher searcher, RelatedQuery query)
    {
        var leaves = searcher.IndexReader.Leaves;
        var names = leaves.Select(l => l.AtomicReader.GetTerms(IndexFields.Cites)?.GetEnumerator()).ToArray();
        var cited = new List<(string AuthorityId, BytesRef Term, TermState?[] States)>();
        var postings = 0;
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
                postings += citing;
            }
        }
        // Sized once for every posting to be read, and kept by the thread for its next page: growing it was a tenth of a
        // document page's allocations, and allocating it at its size a sixth after that. (Find never awaits, so no other
        // page runs on this thread while it holds the table.)
        var found = _found ?? new Dictionary<int, Found>();
        _found = null;
        found.EnsureCapacity(postings);
        try
        {
            return Find(leaves, names, cited, found, query);
        }
        finally
        {
            found.Clear();
            if (found.EnsureCapacity(0) <= KeptCapacity)
            {
                _found = found;
            }
        }
    }

    private static IReadOnlyList<RelatedCandidate> Find(IList<AtomicReaderContext> leaves, TermsEnum?[] names, List<(string AuthorityId, BytesRef Term, TermState?[] States)> cited, Dictionary<int, Found> found, RelatedQuery query)
    {
        var reuse = new DocsEnum?[leaves.Count];
        for (var n = 0; n < cited.Count; n++)
        {
            var bit = n < Found.Marked ? 1UL << n : 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                if (cited[n].States[i] is { } state)
                {
                    names[i]!.SeekExact(cited[n].Term, state);
                    reuse[i] = Each(leaves[i], names[i]!, reuse[i], doc =>
                    {
                        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(found, doc, out _);
                        entry = entry with { Shared = entry.Shared + 1, Names = entry.Names | bit };
                    });
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
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(found, doc, out _);
                entry = entry with { SameDay = true };
            }
        }
        foreach (var doc in Docs(leaves, IndexFields.Id, new BytesRef(query.RecordId)))
        {
            found.Remove(doc);
        }
        return Rank(leaves, found, query.Limit, (leaf, doc, marked) => SharedBy(leaves[leaf], names[leaf]!, cited, leaf, doc, marked));
    }

    /// <summary>
    /// The best <paramref name="limit"/> by <see cref="RelatedCandidate.Ranked"/>: ordered by score and date first, then
    /// ids and shared names are read only for those up to the last place and the records tied with it.
    /// </summary>
    private static List<RelatedCandidate> Rank(IList<AtomicReaderContext> leaves, Dictionary<int, Found> found, int limit, Func<int, int, ulong, List<string>> shared)
    {
        if (found.Count == 0 || limit <= 0)
        {
            return [];
        }
        var starts = leaves.Select(l => SegmentColumns.StartsOf(l.AtomicReader)).ToArray();
        var scored = found.Select(f =>
        {
            var at = ReaderUtil.SubIndex(f.Key, leaves);
            var start = starts[at][f.Key - leaves[at].DocBase];
            return (Doc: f.Key, f.Value.Score, Start: start == 0 ? int.MaxValue : start);
        }).ToList();
        // The records ahead of the last place shown and those tied with it, found without sorting every record that
        // shares a name (sorting them all was a fortieth of a document page).
        var last = LastShown(scored.Select(s => (s.Score, s.Start)), limit);
        var shown = scored.Where(s => Compare((s.Score, s.Start), last) <= 0).ToList();
        var id = new BytesRef();
        return
        [
            .. RelatedCandidate.Ranked(shown.Select(s =>
            {
                var at = ReaderUtil.SubIndex(s.Doc, leaves);
                var local = s.Doc - leaves[at].DocBase;
                SegmentColumns.IdsOf(leaves[at].AtomicReader).Get(local, id);
                var record = found[s.Doc];
                return new RelatedCandidate(id.Utf8ToString(), shared(at, local, record.Names), record.SameDay, SegmentColumns.ToDate(s.Start == int.MaxValue ? 0 : s.Start));
            })).Take(limit),
        ];
    }

    /// <summary>The key of the <paramref name="limit"/>-th best (or the last) of <paramref name="keys"/>, kept in a buffer of that size.</summary>
    private static (int Score, int Start) LastShown(IEnumerable<(int Score, int Start)> keys, int limit)
    {
        var best = new List<(int Score, int Start)>(limit + 1);
        foreach (var key in keys)
        {
            if (best.Count == limit && Compare(key, best[^1]) >= 0)
            {
                continue;
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
        return best[^1];
    }

    /// <summary>Higher score first, then the earlier date (undated last).</summary>
    private static int Compare((int Score, int Start) a, (int Score, int Start) b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start);

    /// <summary>
    /// The cited names whose postings in segment <paramref name="leaf"/> hold <paramref name="doc"/> (a segment's number), in
    /// the order cited: the first <see cref="Found.Marked"/> from the marks counted with them, any further ones read back from their postings.
    /// </summary>
    private static List<string> SharedBy(AtomicReaderContext context, TermsEnum terms, List<(string AuthorityId, BytesRef Term, TermState?[] States)> cited, int leaf, int doc, ulong marked)
    {
        var shared = new List<string>();
        for (var n = 0; n < cited.Count; n++)
        {
            if (n < Found.Marked)
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
                Each(leaf, terms, null, doc => docs.Add(doc));
            }
        }
        return docs;
    }

    /// <summary>
    /// Hands each live document of the term <paramref name="terms"/> stands on to <paramref name="action"/>, as an index-wide
    /// number, reading with <paramref name="reuse"/> when given (its buffers are kept); returns the postings reader, to reuse.
    /// </summary>
    private static DocsEnum Each(AtomicReaderContext leaf, TermsEnum terms, DocsEnum? reuse, Action<int> action)
    {
        var docs = terms.Docs(leaf.AtomicReader.LiveDocs, reuse, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            action(leaf.DocBase + doc);
        }
        return docs;
    }

    /// <summary>
    /// How many cited names a record shares with the document, which of the first <see cref="Marked"/> they are (bit n for
    /// the n-th name cited), and whether it is of the same day.
    /// </summary>
    private readonly record struct Found(int Shared, ulong Names, bool SameDay)
    {
        /// <summary>Names marked as counted; a record sharing any further name has it read back from the postings.</summary>
        public const int Marked = 64;

        public int Score => RelatedCandidate.ScoreOf(Shared, SameDay);
    }
}
