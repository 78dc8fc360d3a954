using System.Runtime.CompilerServices;
using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Facets;

/// <summary>
/// Each facet field's values across the whole index (global ordinals), built once per searcher's reader and
/// thread: counts are kept per global ordinal and only the values shown are turned into strings. Doc values
/// are not safe to share between threads (they read through one cloned input), so each thread has its own.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, ThreadLocal<FacetOrdinals>> Cache = [];

    private FacetOrdinals(IndexReader reader)
    {
        Values = new SortedSetDocValues?[IndexFields.FacetNames.Length];
        Maps = new MultiDocValues.OrdinalMap?[IndexFields.FacetNames.Length];
        Labels = new SortedSetDocValues?[IndexFields.FacetNames.Length];
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            var field = IndexFields.FacetField(IndexFields.FacetNames[i]);
            var values = MultiDocValues.GetSortedSetValues(reader, field);
            Values[i] = values;
            Maps[i] = (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
            Labels[i] = MultiDocValues.GetSortedSetValues(reader, IndexFields.LabelField(field));
        }
    }

    /// <summary>Per facet, its values over the whole index (null when no record has one).</summary>
    public SortedSetDocValues?[] Values { get; }

    /// <summary>Per facet, segment to global ordinals (null when the index is one segment: they are the same).</summary>
    public MultiDocValues.OrdinalMap?[] Maps { get; }

    /// <summary>Per facet, "value\u001Flabel" entries for values that have a label.</summary>
    public SortedSetDocValues?[] Labels { get; }

    public static FacetOrdinals For(IndexReader reader) =>
        Cache.GetValue(reader, static r => new ThreadLocal<FacetOrdinals>(() => new FacetOrdinals(r))).Value!;
}
