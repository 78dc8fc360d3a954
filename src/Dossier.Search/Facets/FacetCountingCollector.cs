using System.Buffers;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Facets;

/// <summary>
/// Counts facet values over every matching record (not just the page) from sorted-set doc values, read once per
/// segment into arrays (<see cref="SegmentFacets"/>): ordinals are counted per segment, added into global ordinals (see <see cref="FacetOrdinals"/>) at each segment's end, and
/// only the values returned are looked up as strings, with their labels. The count arrays are rented: the person
/// facet alone holds thousands of values, and a fresh array per search and segment went to the large-object heap.
/// </summary>
internal sealed class FacetCountingCollector : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly int[]?[] _totals = new int[]?[IndexFields.FacetNames.Length];
    private readonly SegmentFacets.Column?[] _values = new SegmentFacets.Column?[IndexFields.FacetNames.Length];
    private readonly int[]?[] _counts = new int[]?[IndexFields.FacetNames.Length];
    private readonly int[] _segmentValueCounts = new int[IndexFields.FacetNames.Length];
    private int _segment;

    public FacetCountingCollector(IndexReader reader)
    {
        _ordinals = FacetOrdinals.For(reader);
        for (var i = 0; i < _totals.Length; i++)
        {
            _totals[i] = _ordinals.ValueCounts[i] >= 0 ? Rent(_ordinals.ValueCounts[i]) : null;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = context.Ord;
        var segment = SegmentFacets.For(context.AtomicReader);
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            var values = _totals[i] is null ? null : segment.Of(i, context.AtomicReader);
            _values[i] = values;
            _segmentValueCounts[i] = values is null ? 0 : values.ValueCount;
            _counts[i] = values is null ? null : _ordinals.Maps[i] is null ? _totals[i] : Rent(_segmentValueCounts[i]);
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }
            var counts = _counts[i]!;
            var ordinals = values.Ordinals;
            for (int k = values.Starts[doc], end = values.Starts[doc + 1]; k < end; k++)
            {
                counts[ordinals[k]]++;
            }
        }
    }

    /// <summary>
    /// Each facet's values, most frequent first (years and decades in chronological order, all of them).
    /// <paramref name="label"/> names a value when it can (an authority's preferred name); else the label stored with it.
    /// Called once, at the end: the counts go back to the pool.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int maxValues, Func<string, string, string?>? label = null)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            var facet = IndexFields.FacetNames[i];
            if (_totals[i] is not { } totals)
            {
                result[facet] = [];
                continue;
            }
            var chronological = facet is IndexFields.Year or IndexFields.Decade;
            var ords = chronological ? Counted(totals, _ordinals.ValueCounts[i]) : Commonest(totals, _ordinals.ValueCounts[i], maxValues);
            var shown = new List<FacetValue>(ords.Count);
            foreach (var ord in ords)
            {
                var value = _ordinals.Value(i, ord, scratch);
                shown.Add(new FacetValue(value, totals[ord], label?.Invoke(facet, value) ?? _ordinals.Label(i, ord, value)));
            }
            result[facet] = shown;
            ArrayPool<int>.Shared.Return(totals);
            _totals[i] = null;
        }
        return result;
    }

    /// <summary>Every value counted, in ordinal (the values' byte) order.</summary>
    private static List<int> Counted(int[] totals, int valueCount)
    {
        var ords = new List<int>();
        for (var ord = 0; ord < valueCount; ord++)
        {
            if (totals[ord] > 0)
            {
                ords.Add(ord);
            }
        }
        return ords;
    }

    /// <summary>
    /// The <paramref name="limit"/> values counted most, most first; at equal counts the lower ordinal first. Global
    /// ordinals are in the values' byte order, so ties at the cut go to the lower ordinal without reading any value
    /// that is not shown. Kept in a heap of <paramref name="limit"/> while the counts are read: sorting every value
    /// counted took 2/3 of the facets' time for a frequent word (a person facet counts thousands of values).
    /// </summary>
    internal static List<int> Commonest(int[] totals, int valueCount, int limit)
    {
        // The heap's first is the weakest kept: the lowest count, and of those the highest ordinal.
        var kept = new PriorityQueue<int, (int Count, int Ordinal)>(Math.Max(0, limit) + 1, Weakest.Instance);
        for (var ord = 0; ord < valueCount && limit > 0; ord++)
        {
            var count = totals[ord];
            if (count <= 0)
            {
                continue;
            }
            if (kept.Count < limit)
            {
                kept.Enqueue(ord, (count, ord));
            }
            else if (kept.TryPeek(out _, out var weakest) && count > weakest.Count)
            {
                // A later ordinal of the same count never displaces an earlier one.
                kept.DequeueEnqueue(ord, (count, ord));
            }
        }
        var ords = new List<int>(kept.Count);
        while (kept.TryDequeue(out var ord, out _))
        {
            ords.Add(ord);
        }
        ords.Reverse();
        return ords;
    }

    /// <summary>Orders (count, ordinal) so the weakest comes first: lower count, then higher ordinal.</summary>
    private sealed class Weakest : IComparer<(int Count, int Ordinal)>
    {
        public static readonly Weakest Instance = new();

        public int Compare((int Count, int Ordinal) x, (int Count, int Ordinal) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Ordinal.CompareTo(x.Ordinal);
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    private void Flush()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not null && _counts[i] is { } counts && _ordinals.Maps[i] is { } map)
            {
                var totals = _totals[i]!;
                for (var ord = 0; ord < _segmentValueCounts[i]; ord++)
                {
                    if (counts[ord] > 0)
                    {
                        totals[(int)map.GetGlobalOrd(_segment, ord)] += counts[ord];
                    }
                }
                ArrayPool<int>.Shared.Return(counts);
            }
            _values[i] = null;
            _counts[i] = null;
        }
    }
}
