using System.Runtime.CompilerServices;
using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Facets;

/// <summary>
/// One segment's facet values as plain arrays: every facet's values of a document in one run of slots, a slot being a
/// value's segment ordinal placed after the values of the facets before it (<see cref="Bases"/>). Built once per
/// segment on first use and shared by every thread and every reader that holds the segment (a refresh keeps the
/// unchanged segments, a search over public and restricted records together makes a new reader of old segments):
/// counting a match is then one short loop over one array, where sorted-set doc values decode packed ordinals per
/// document (an eighth of a search's time for a frequent word), and a column per facet took a quarter of a frequent
/// word's search in nine loops per record (issue 9).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(int[] starts, int[] slots, int[] bases)
    {
        Starts = starts;
        Slots = slots;
        Bases = bases;
    }

    /// <summary>Document <c>d</c>'s slots are <c>Slots[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Slots { get; }

    /// <summary>Facet <c>f</c>'s values take slots <c>Bases[f]..Bases[f + 1]</c> (in <see cref="IndexFields.FacetNames"/> order); the last is the slot count.</summary>
    public int[] Bases { get; }

    public int SlotCount => Bases[^1];

    /// <summary>How many distinct values of facet <paramref name="facet"/> the segment holds.</summary>
    public int ValueCount(int facet) => Bases[facet + 1] - Bases[facet];

    /// <summary>The segment's table, read through <paramref name="reader"/> (keyed by its core: every reader of the segment shares it).</summary>
    public static SegmentFacets For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static SegmentFacets Read(AtomicReader reader)
    {
        var facets = IndexFields.FacetNames.Length;
        var values = new SortedSetDocValues?[facets];
        var bases = new int[facets + 1];
        for (var f = 0; f < facets; f++)
        {
            values[f] = reader.GetSortedSetDocValues(IndexFields.FacetField(IndexFields.FacetNames[f]));
            bases[f + 1] = bases[f] + (values[f] is { } v ? checked((int)v.ValueCount) : 0);
        }
        var starts = new int[reader.MaxDoc + 1];
        var slots = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = slots.Count;
            for (var f = 0; f < facets; f++)
            {
                if (values[f] is not { } column)
                {
                    continue;
                }
                column.SetDocument(doc);
                for (var ord = column.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = column.NextOrd())
                {
                    slots.Add(bases[f] + (int)ord);
                }
            }
        }
        starts[reader.MaxDoc] = slots.Count;
        return new SegmentFacets(starts, [.. slots], bases);
    }
}
