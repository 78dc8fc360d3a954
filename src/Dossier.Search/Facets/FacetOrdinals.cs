using System.Runtime.CompilerServices;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Facets;

/// <summary>
/// Each facet field's global ordinals across the whole index, built once per searcher's reader and shared by every
/// thread: counts are kept per global ordinal and only the values shown are turned into strings. The ordinal maps are
/// immutable, so threads share them; doc values are not (they read through one cloned input), so the values and labels
/// shown are read through each segment's own doc values, which Lucene already keeps per thread.
/// </summary>
/// <remarks>
/// Building an ordinal map merges every segment's values (tens of thousands of names for the person facet): done per
/// thread, as before, it was rebuilt by each of the server's threads after every refresh, which is what collapsed the
/// search page under 64 connections.
/// </remarks>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = [];

    /// <summary>Marks a value known to have no label in the per-ordinal cache.</summary>
    private static readonly string NoLabel = new('\0', 1);

    private readonly IList<AtomicReaderContext> _leaves;
    private readonly string[] _fields;

    // Filled as values are shown, shared by every thread (a race writes the same string twice): after the first
    // searches on a reader, the facets of a page cost no doc-values lookups at all.
    private readonly string?[]?[] _values;
    private readonly string?[]?[] _labels;

    private FacetOrdinals(IndexReader reader)
    {
        _leaves = reader.Leaves;
        _fields = new string[IndexFields.FacetNames.Length];
        ValueCounts = new int[IndexFields.FacetNames.Length];
        Maps = new MultiDocValues.OrdinalMap?[IndexFields.FacetNames.Length];
        _values = new string?[]?[IndexFields.FacetNames.Length];
        _labels = new string?[]?[IndexFields.FacetNames.Length];
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            var field = IndexFields.FacetField(IndexFields.FacetNames[i]);
            _fields[i] = field;
            switch (MultiDocValues.GetSortedSetValues(reader, field))
            {
                case null:
                    ValueCounts[i] = -1;
                    break;
                case MultiDocValues.MultiSortedSetDocValues multi:
                    Maps[i] = multi.Mapping;
                    ValueCounts[i] = checked((int)multi.Mapping.ValueCount);
                    break;
                case var single:
                    ValueCounts[i] = checked((int)single.ValueCount);
                    break;
            }
            if (ValueCounts[i] > 0)
            {
                _values[i] = new string?[ValueCounts[i]];
                _labels[i] = new string?[ValueCounts[i]];
            }
        }
        Bases = new int[IndexFields.FacetNames.Length + 1];
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            Bases[i + 1] = Bases[i] + Math.Max(0, ValueCounts[i]);
        }
    }

    /// <summary>Per facet, how many distinct values the index holds (-1 when no record has one).</summary>
    public int[] ValueCounts { get; }

    /// <summary>
    /// Facet <c>f</c>'s global ordinals counted at <c>Bases[f]</c> onwards, one count array for every facet (as a
    /// segment lays out its slots, see <see cref="SegmentFacets"/>); the last is the number of counts.
    /// </summary>
    public int[] Bases { get; }

    /// <summary>Per facet, segment to global ordinals (null when the index is one segment: they are the same).</summary>
    public MultiDocValues.OrdinalMap?[] Maps { get; }

    public static FacetOrdinals For(IndexReader reader) =>
        Cache.GetValue(reader, static r => new FacetOrdinals(r));

    /// <summary>The value of facet <paramref name="facet"/> at global ordinal <paramref name="ord"/>.</summary>
    public string Value(int facet, int ord, BytesRef scratch)
    {
        var cache = _values[facet]!;
        return cache[ord] ??= ReadValue(facet, ord, scratch);
    }

    /// <summary>The label stored for the value at global ordinal <paramref name="ord"/>, or null when it has none.</summary>
    public string? Label(int facet, int ord, string value)
    {
        var cache = _labels[facet]!;
        var label = cache[ord] ??= ReadLabel(facet, value) ?? NoLabel;
        return ReferenceEquals(label, NoLabel) ? null : label;
    }

    private string ReadValue(int facet, int ord, BytesRef scratch)
    {
        var (segment, segmentOrd) = Maps[facet] is { } map
            ? (map.GetFirstSegmentNumber(ord), map.GetFirstSegmentOrd(ord))
            : (0, (long)ord);
        var values = _leaves[segment].AtomicReader.GetSortedSetDocValues(_fields[facet])
            ?? throw new InvalidOperationException("a facet value's segment has no doc values for " + _fields[facet]);
        values.LookupOrd(segmentOrd, scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>The label stored for a facet value ("value\u001Flabel" entries), or null when it has none.</summary>
    private string? ReadLabel(int facet, string value)
    {
        var prefix = new BytesRef(value + IndexFields.LabelSeparator);
        var field = IndexFields.LabelField(_fields[facet]);
        BytesRef? best = null;
        foreach (var leaf in _leaves)
        {
            if (leaf.AtomicReader.GetSortedSetDocValues(field) is not { } labels)
            {
                continue;
            }
            var terms = labels.GetTermsEnum();
            if (terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END || !StringHelper.StartsWith(terms.Term, prefix))
            {
                continue;
            }
            // Every segment's first entry for the value: the smallest is the one a merged view would give.
            if (best is null || terms.Term.CompareTo(best) < 0)
            {
                best = BytesRef.DeepCopyOf(terms.Term);
            }
        }
        return best?.Utf8ToString()[(value.Length + 1)..];
    }
}
