using Dossier.Core.Search;
using Dossier.Web.Documents;
using Dossier.Web.Searching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The search page: the whole state in the URL (GET form), facets as links that add a filter.</summary>
public sealed class SearchModel(SearchService search) : PageModel
{
    private const int PageSize = 20;

    private static readonly (string Name, string Title)[] FacetOrder =
    [
        ("lang", "Language"), ("kind", "Layer"), ("collection", "Collection"), ("repository", "Repository"),
        ("person", "People"), ("place", "Places"), ("subject", "Subjects"), ("decade", "Decade"),
    ];

    private static readonly string[] FilterKeys = ["lang", "kind", "collection", "repository", "shelf", "person", "place", "subject", "from", "to"];

    public SearchQuery Query { get; private set; } = new();

    public SearchResult? Result { get; private set; }

    public SearchLinks Links { get; private set; } = null!;

    public string Sort => SearchQuery.SortName(Query.Sort);

    public IReadOnlyList<(string Key, string Value)> KeptFilters { get; private set; } = [];

    public IReadOnlyList<(string Key, string Value, string Label)> ActiveFilters { get; private set; } = [];

    public IReadOnlyList<(string Name, string Title, IReadOnlyList<FacetValue> Values)> Facets { get; private set; } = [];

    public IReadOnlyList<(string Year, int Count, int Height)> Years { get; private set; } = [];

    /// <summary>Queries to try when the search is empty or found nothing: the names the archive cites most.</summary>
    public IReadOnlyList<string> Examples { get; private set; } = [];


    public int PageNumber => (Query.Offset / Math.Max(1, Query.Limit)) + 1;

    public int PageCount => Result is null ? 0 : (Result.Total + Query.Limit - 1) / Query.Limit;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(Request.Query, PageSize);
        Links = new SearchLinks(Request.Query);
        KeptFilters = FilterKeys
            .SelectMany(k => Request.Query[k].Where(v => !string.IsNullOrEmpty(v)).Select(v => (k, v!)))
            .ToList();
        ActiveFilters = KeptFilters.Select(f => (f.Key, f.Value, SearchFilterLabels.Of(f.Key, f.Value, null))).ToList();
        if (!Query.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (Query.Q.Length == 0 && KeptFilters.Count == 0)
        {
            Examples = await ExamplesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        Result = await search.SearchAsync(Query.ToRequest(facets: true), cancellationToken).ConfigureAwait(false);
        ActiveFilters = KeptFilters.Select(f => (f.Key, f.Value, SearchFilterLabels.Of(f.Key, f.Value, Result.Facets))).ToList();
        if (Result.Total == 0)
        {
            Examples = await ExamplesAsync(cancellationToken).ConfigureAwait(false);
        }
        Facets = FacetOrder
            .Where(f => Result.Facets.TryGetValue(f.Name, out var values) && values.Count > 0)
            .Select(f => (f.Name, f.Title, (IReadOnlyList<FacetValue>)Result.Facets[f.Name].Take(12).ToList()))
            .ToList();
        if (Result.Facets.TryGetValue("year", out var years) && years.Count > 0)
        {
            var max = Math.Max(1, years.Max(y => y.Count));
            Years = years
                .OrderBy(y => y.Value, StringComparer.Ordinal)
                .Select(y => (y.Value, y.Count, Math.Max(1, (int)Math.Ceiling(y.Count * 20.0 / max))))
                .ToList();
        }
    }

    private async Task<IReadOnlyList<string>> ExamplesAsync(CancellationToken cancellationToken)
    {
        var everything = await search.SearchAsync(new SearchRequest { Query = "", Limit = 1, Facets = true, Snippets = 0 }, cancellationToken).ConfigureAwait(false);
        return new[] { "person", "place" }
            .SelectMany(f => everything.Facets.TryGetValue(f, out var values) ? values.Where(v => v.Label is not null).Take(3) : [])
            .Select(v => SearchFilterLabels.ShortName(v.Label!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The document link carries the query, so the page can mark the terms.</summary>
    public string DocumentLink(string id) =>
        "/documents/" + id + (Query.Q.Length > 0 ? "?q=" + Uri.EscapeDataString(Query.Q) + "#hit-1" : "");

    /// <summary>A facet value's link adds it as a filter; a decade narrows the dates instead.</summary>
    public string FacetLink(string facet, string value)
    {
        if (facet == "decade" && int.TryParse(value.TrimEnd('s'), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var decade))
        {
            return Links.Set(("from", value.TrimEnd('s')), ("to", (decade + 9).ToString("0000", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Links.With(facet, value);
    }

    public static string FacetLabel(string facet, FacetValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return facet switch
        {
            "lang" => LanguageNames.Of(value.Value),
            "decade" => value.Value.EndsWith('s') ? value.Value : value.Value + "s",
            "kind" when value.Value.Length > 0 => char.ToUpperInvariant(value.Value[0]) + value.Value[1..],
            _ => value.Label ?? value.Value,
        };
    }
}
