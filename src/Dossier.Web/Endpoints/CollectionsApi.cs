using Dossier.Core.Collections;
using Dossier.Core.Composition;
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
        HttpRequest request, Archive archive, CatalogueService catalogue, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var shelf = await ShelfAsync(archive, catalogue, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(shelf.Select(s => Summary(s.Collection, s.Documents.Count)), request));
    }

    private static async Task<Results<Ok<CollectionDetail>, NotFound, ValidationProblem>> GetAsync(
        string id, HttpRequest request, Archive archive, CatalogueService catalogue, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var shelf = await ShelfAsync(archive, catalogue, cancellationToken).ConfigureAwait(false);
        var found = shelf.FirstOrDefault(s => string.Equals(s.Collection.Id, id, StringComparison.Ordinal));
        if (found.Collection is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new CollectionDetail(
            Summary(found.Collection, found.Documents.Count),
            paging.Of(found.Documents.Select(DocumentSummary.From), request)));
    }

    internal static async Task<IReadOnlyList<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)>> ShelfAsync(
        Archive archive, CatalogueService catalogue, CancellationToken cancellationToken)
    {
        var stored = await archive.Store.Collections.ListAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        return CollectionShelf.Arrange(stored, snapshot.Public(archive.Time.GetUtcNow()));
    }

    private static CollectionSummary Summary(Collection collection, int documents) =>
        new(collection.Id, collection.Title, collection.Description, collection.Url, documents);
}
