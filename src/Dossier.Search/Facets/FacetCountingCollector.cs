using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Facets;

/// <summary>
/// Counts facet values over every matching record (not just the page) from sorted-set doc values:
/// ordinals are counted per segment, then resolved to strings once per segment.
/// </summary>
internal sealed class FacetCountingCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = new(StringComparer.Ordinal);
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[IndexFields.FacetNames.Length];
    private readonly int[]?[] _counts = new int[]?[IndexFields.FacetNames.Length];

    public FacetCountingCollector()
    {
        foreach (var facet in IndexFields.FacetNames)
        {
            _totals[facet] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < IndexFields.FacetNames.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetField(IndexFields.FacetNames[i]));
            _values[i] = values;
            _counts[i] = values is null ? null : new int[checked((int)values.ValueCount)];
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
            values.SetDocument(doc);
            var counts = _counts[i]!;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>
    /// Each facet's values, most frequent first; years and decades in chronological order. A value stored with
    /// several labels (one authority under several spellings) counts once, as each record gives it one label;
    /// <paramref name="label"/> names a value when it can (an authority's preferred name), else its most common label.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int maxValues, Func<string, string, string?>? label = null)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var (facet, counts) in _totals)
        {
            var values = counts.Select(pair => ToValue(pair.Key, pair.Value))
                .GroupBy(v => v.Value, StringComparer.Ordinal)
                .Select(g => new FacetValue(
                    g.Key,
                    g.Sum(v => v.Count),
                    label?.Invoke(facet, g.Key) ?? g.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).First().Label));
            var chronological = facet is IndexFields.Year or IndexFields.Decade;
            result[facet] = (chronological
                ? values.OrderBy(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(maxValues)).ToList();
        }
        return result;
    }

    private static FacetValue ToValue(string stored, int count)
    {
        var separator = stored.IndexOf(IndexFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0 ? new FacetValue(stored, count) : new FacetValue(stored[..separator], count, stored[(separator + 1)..]);
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }
            var totals = _totals[IndexFields.FacetNames[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + counts[ord];
                }
            }
            _values[i] = null;
            _counts[i] = null;
        }
    }
}
