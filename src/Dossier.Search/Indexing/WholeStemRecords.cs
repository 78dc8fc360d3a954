using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// The records of one segment whose English stem field the index wrote whole (<see cref="IndexFields.WholeStems"/>: a
/// record with a layer in another language), read once per segment, whose postings never change. Every other record's stem
/// field leaves its function words and numbers to the exact field, and is read with it (<see cref="StemmedExactTerms"/>).
/// </summary>
internal sealed class WholeStemRecords
{
    private static readonly ConditionalWeakTable<object, WholeStemRecords> BySegment = [];

    private WholeStemRecords(FixedBitSet? records, int count, int maxDoc)
    {
        Records = records;
        Count = count;
        All = maxDoc > 0 && count == maxDoc;
    }

    /// <summary>The records, or null when there is none.</summary>
    public FixedBitSet? Records { get; }

    public int Count { get; }

    /// <summary>True when every record of the segment has its stem field whole (the exact field adds nothing to it).</summary>
    public bool All { get; }

    /// <summary>The records of <paramref name="segment"/> (a segment's own reader, or a view of it: both share its core).</summary>
    public static WholeStemRecords Of(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>The marked records, deleted ones too: the set is kept for the segment, whose deletions change.</summary>
    private static WholeStemRecords Read(AtomicReader segment)
    {
        var marks = segment.GetTerms(IndexFields.WholeStems)?.GetEnumerator();
        if (marks is null || !marks.SeekExact(new BytesRef(IndexFields.WholeStemsTerm)))
        {
            return new WholeStemRecords(null, 0, segment.MaxDoc);
        }
        var docs = marks.Docs(null, null, DocsFlags.NONE);
        var records = new FixedBitSet(segment.MaxDoc);
        var count = 0;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            records.Set(doc);
            count++;
        }
        return new WholeStemRecords(count == 0 ? null : records, count, segment.MaxDoc);
    }
}
