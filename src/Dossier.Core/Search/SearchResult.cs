namespace Dossier.Core.Search;

public sealed class SearchResult
{
    public int Total { get; init; }

    public long TookMs { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>True when no record had every word, and the hits are records holding some of them, those with the most first.</summary>
    public bool Partial { get; init; }

    /// <summary>When the query found little: queries that would find more (corrections, other spellings, authority names).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Facet name ("lang", "kind", "year", "decade", "collection", "repository", "person", "place", "subject") to its values, most frequent first (years and decades in order).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
}
