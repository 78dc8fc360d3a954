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
/// <see cref="SegmentDates"/>, and ids are read only for the records that may be shown.
/// </summary>
internal static class RelatedRecords
{
    public static IReadOnlyList<RelatedCandidate> Find(IndexSearcher searcher, RelatedQuery query)
    {
        var leaves = searcher.IndexReader.Leaves;
        var found = new Dictionary<int, Found>();
        var names = leaves.Select(l => l.AtomicReader.GetTerms(IndexFields.Cites)?.GetEnumerator()).ToArray();
        var states = new TermState?[leaves.Count];
        foreach (var authorityId in query.AuthorityIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // One seek per segment gives both the count of citing records and, for a name not common, its postings.
            var term = new BytesRef(IndexTerms.Fit(authorityId));
            var citing = 0;
            for (var i = 0; i < leaves.Count; i++)
            {
                states[i] = names[i] is { } terms && terms.SeekExact(term) ? terms.GetTermState() : null;
                citing += states[i] is null ? 0 : names[i]!.DocFreq;
            }
            if (citing > query.CommonAbove)
            {
                continue;
            }
            for (var i = 0; i < leaves.Count; i++)
            {
                if (states[i] is { } state)
                {
                    names[i]!.SeekExact(term, state);
                    Each(leaves[i], names[i]!, doc => Of(found, doc).Shared.Add(authorityId));
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
                Of(found, doc).SameDay = true;
            }
        }
        foreach (var doc in Docs(leaves, IndexFields.Id, new BytesRef(query.RecordId)))
        {
            found.Remove(doc);
        }
        return Rank(leaves, found, query.Limit);
    }

    /// <summary>
    /// The best <paramref name="limit"/> by <see cref="RelatedCandidate.Ranked"/>: ordered by score and date first, then
    /// ids are read only for those up to the last place and the records tied with it.
    /// </summary>
    private static List<RelatedCandidate> Rank(IList<AtomicReaderContext> leaves, Dictionary<int, Found> found, int limit)
    {
        if (found.Count == 0 || limit <= 0)
        {
            return [];
        }
        var starts = leaves.Select(l => SegmentDates.StartsOf(l.AtomicReader)).ToArray();
        var scored = found.Select(f =>
        {
            var at = ReaderUtil.SubIndex(f.Key, leaves);
            var start = starts[at][f.Key - leaves[at].DocBase];
            return (Doc: f.Key, f.Value.Score, Start: start == 0 ? int.MaxValue : start);
        }).ToList();
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start));
        var last = scored[Math.Min(limit, scored.Count) - 1];
        var shown = scored.TakeWhile((s, at) => at < limit || (s.Score == last.Score && s.Start == last.Start));
        var id = new BytesRef();
        // The ids sort ties in searches too, so the field cache holds them already; it is asked once per segment, as
        // each ask takes its lock.
        var ids = new SortedDocValues?[leaves.Count];
        return
        [
            .. RelatedCandidate.Ranked(shown.Select(s =>
            {
                var at = ReaderUtil.SubIndex(s.Doc, leaves);
                ids[at] ??= FieldCache.DEFAULT.GetTermsIndex(leaves[at].AtomicReader, IndexFields.Id);
                ids[at]!.Get(s.Doc - leaves[at].DocBase, id);
                var value = found[s.Doc];
                return new RelatedCandidate(id.Utf8ToString(), value.Shared, value.SameDay, SegmentDates.ToDate(s.Start == int.MaxValue ? 0 : s.Start));
            })).Take(limit),
        ];
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
                Each(leaf, terms, doc => docs.Add(doc));
            }
        }
        return docs;
    }

    /// <summary>Hands each live document of the term <paramref name="terms"/> stands on to <paramref name="action"/>, as an index-wide number.</summary>
    private static void Each(AtomicReaderContext leaf, TermsEnum terms, Action<int> action)
    {
        var docs = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            action(leaf.DocBase + doc);
        }
    }

    private static Found Of(Dictionary<int, Found> found, int doc)
    {
        if (!found.TryGetValue(doc, out var value))
        {
            value = new Found();
            found[doc] = value;
        }
        return value;
    }

    private sealed class Found
    {
        public List<string> Shared { get; } = [];

        public bool SameDay { get; set; }

        public int Score => RelatedCandidate.ScoreOf(Shared.Count, SameDay);
    }
}
