using Dossier.Core.Search;
using Dossier.Web.Documents;

namespace Dossier.Web.Searching;

/// <summary>
/// Filter chips in words: "Collection: Foreign Relations …, Volume VI", never "Collection: frus1961-63v06". The
/// label comes from the facet value the index knows it by; failing that, the value itself reads as the person wrote it.
/// </summary>
public static class SearchFilterLabels
{
    public static string Of(string key, string value, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? facets)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var label = facets is not null && facets.TryGetValue(key, out var values)
            ? values.FirstOrDefault(v => string.Equals(v.Value, value, StringComparison.Ordinal))?.Label
            : null;
        return key switch
        {
            "lang" => "Language: " + LanguageNames.Of(value),
            "kind" => "Layer: " + (value.Length > 0 ? char.ToUpperInvariant(value[0]) + value[1..] : value),
            "from" => "From " + value,
            "to" => "To " + value,
            "collection" => "Collection: " + (label ?? value),
            "person" => "Person: " + (label ?? value),
            "place" => "Place: " + (label ?? value),
            "repository" => "Repository: " + (label ?? value),
            "shelf" => "Shelf: " + value.ReplaceLineEndings(" › "),
            "subject" => "Subject: " + (label ?? value),
            _ => (key.Length > 0 ? char.ToUpperInvariant(key[0]) + key[1..] : key) + ": " + (label ?? value),
        };
    }

    /// <summary>"Khrushchev, Nikita S." → "Khrushchev": the surname is what a person types.</summary>
    public static string ShortName(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var comma = label.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? label[..comma].Trim() : label.Trim();
    }
}
