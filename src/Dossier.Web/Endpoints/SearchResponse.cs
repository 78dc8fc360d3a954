using Dossier.Core.Search;

namespace Dossier.Web.Endpoints;

/// <summary>The API's answer to a search: hits with snippets and "why", facets, and the next page's URL.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Limit,
    int Offset,
    string? Next,
    long TookMs,
    IReadOnlyList<SearchApiHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool Partial,
    IReadOnlyList<string> Suggestions);
