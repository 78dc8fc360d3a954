using Dossier.Web.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>
/// GET /api/search?q=…&amp;lang=…&amp;from=…&amp;to=…&amp;collection=…&amp;sort=…&amp;limit=…&amp;offset=…&amp;facets=true
/// </summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search");
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        HttpRequest request, SearchService search, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Query, defaultLimit: 10);
        var facets = request.Query["facets"].FirstOrDefault();
        if (facets is not (null or "" or "true" or "false"))
        {
            query.Errors["facets"] = ["'facets' must be true or false."];
        }
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }
        var result = await search.SearchAsync(query.ToRequest(facets == "true"), cancellationToken).ConfigureAwait(false);
        var paging = new Paging(query.Limit, query.Offset);
        return TypedResults.Ok(new SearchResponse(
            query.Q, result.Total, query.Limit, query.Offset,
            paging.NextLink(request, query.Offset + query.Limit < result.Total),
            result.TookMs, result.Hits.Select(h => SearchApiHit.From(h, Documents.DocumentDescription.Of(h))).ToList(), result.Facets, result.Partial, result.Suggestions));
    }
}
