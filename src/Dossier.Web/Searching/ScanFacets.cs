using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Web.Searching;

/// <summary>Facet counts over records in memory, in the index's facet names.</summary>
internal static class ScanFacets
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<ArchiveRecord> records)
    {
        var counters = new Dictionary<string, Dictionary<string, (int Count, string? Label)>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var lang in record.Layers.Select(l => l.Lang).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Add(counters, "lang", lang);
            }
            foreach (var kind in record.Layers.Select(l => StoreScanSearch.KindName(l.Kind)).Distinct(StringComparer.Ordinal))
            {
                Add(counters, "kind", kind);
            }
            if (record.Date is { } date)
            {
                Add(counters, "year", date.Start.Year.ToString("0000", CultureInfo.InvariantCulture));
                Add(counters, "decade", (date.Start.Year / 10 * 10).ToString("0000", CultureInfo.InvariantCulture) + "s");
            }
            foreach (var collection in record.Collections)
            {
                Add(counters, "collection", collection.CollectionId, collection.Title);
            }
            if (record.ArchivalReference?.Repository is { Length: > 0 } repository)
            {
                Add(counters, "repository", repository);
            }
            foreach (var person in record.People)
            {
                Add(counters, "person", person.AuthorityId ?? person.Name, person.Name);
            }
            foreach (var place in record.Places)
            {
                Add(counters, "place", place.AuthorityId ?? place.Name, place.Name);
            }
            foreach (var subject in record.Subjects)
            {
                Add(counters, "subject", subject);
            }
        }
        return counters.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetValue>)(c.Key is "year" or "decade"
                ? c.Value.OrderBy(v => v.Key, StringComparer.Ordinal)
                : c.Value.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Key, StringComparer.Ordinal))
                .Select(v => new FacetValue(v.Key, v.Value.Count, v.Value.Label))
                .ToList(),
            StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, Dictionary<string, (int Count, string? Label)>> counters, string facet, string value, string? label = null)
    {
        if (!counters.TryGetValue(facet, out var values))
        {
            counters[facet] = values = new Dictionary<string, (int, string?)>(StringComparer.Ordinal);
        }
        values[value] = values.TryGetValue(value, out var seen) ? (seen.Count + 1, seen.Label ?? label) : (1, label);
    }
}
