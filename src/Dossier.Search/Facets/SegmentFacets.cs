using System.Runtime.CompilerServices;
using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Facets;

/// <summary>
/// One segment's facet values as plain arrays: per facet, each document's segment ordinals, one after another. Built
/// once per segment on first use and shared by every thread and every reader that holds the segment (a refresh keeps
/// the unchanged segments, a search over public and restricted records together makes a new reader of old
/// segments): counting a match is then a few array reads, where sorted-set doc values decode packed ordinals per
/// document (an eighth of a search's time for a frequent word).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private readonly Column?[] _columns = new Column?[IndexFields.FacetNames.Length];

    /// <summary>The segment's columns (keyed by its core: every reader of the segment shares them).</summary>
    public static SegmentFacets For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, static _ => new SegmentFacets());

    /// <summary>The column of facet <paramref name="facet"/> read through <paramref name="reader"/> (a reader of this segment), or null when no document of the segment has a value of it.</summary>
    public Column? Of(int facet, AtomicReader reader)
    {
        if (_columns[facet] is { } built)
        {
            return built.IsEmpty ? null : built;
        }
        // Two threads may build the same column at once: both results are equal, either one is kept.
        var column = Column.Read(reader, IndexFields.FacetField(IndexFields.FacetNames[facet]));
        Interlocked.CompareExchange(ref _columns[facet], column, null);
        return column.IsEmpty ? null : column;
    }

    /// <summary>Document <c>d</c>'s ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    internal sealed class Column(int[] starts, int[] ordinals, int valueCount)
    {
        public int[] Starts => starts;

        public int[] Ordinals => ordinals;

        /// <summary>Distinct values in the segment.</summary>
        public int ValueCount => valueCount;

        public bool IsEmpty => valueCount == 0;

        public static Column Read(AtomicReader reader, string field)
        {
            if (reader.GetSortedSetDocValues(field) is not { } values || values.ValueCount == 0)
            {
                return new Column([], [], 0);
            }
            var starts = new int[reader.MaxDoc + 1];
            var ordinals = new List<int>(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    ordinals.Add((int)ord);
                }
            }
            starts[reader.MaxDoc] = ordinals.Count;
            return new Column(starts, [.. ordinals], checked((int)values.ValueCount));
        }
    }
}
