using Dossier.Core.Collections;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>GET /api/collections and GET /api/collections/{id} with a page of its documents.</summary>
public static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/collections").WithTags("Collections");
        group.MapGet("/", ListAsync).WithName("ListCollections");
        group.MapGet("/{**id}", GetAsync).WithName("GetCollection");
        return api;
    }

    private static async Task<Results<Ok<Page<CollectionSummary>>, ValidationProblem>> ListAsync(
        HttpRequest request, CollectionService collections, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var shelf = await collections.ShelfAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(shelf.Select(s => Summary(s.Collection, s.Count)), request));
    }

    private static async Task<Results<Ok<CollectionDetail>, NotFound, ValidationProblem>> GetAsync(
        string id, HttpRequest request, CollectionService collections, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await collections.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new CollectionDetail(
            Summary(found.Collection, found.Documents.Count),
            paging.Of(found.Documents.Select(DocumentSummary.From), request)));
    }

    private static CollectionSummary Summary(Collection collection, int documents) =>
        new(collection.Id, collection.Title, collection.Description, collection.Url, documents);
}
