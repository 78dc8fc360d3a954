using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;
using Dossier.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>GET /api/documents (paged list of public records) and GET /api/documents/{id} (one record in the model's JSON shape).</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", ListAsync).WithName("ListDocuments");
        group.MapGet("/{**id}", GetAsync).WithName("GetDocument");
        return api;
    }

    private static async Task<Results<Ok<Page<DocumentSummary>>, ValidationProblem>> ListAsync(
        HttpRequest request, CatalogueService catalogue, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        // One page from the store, in id order, and the count of all: nothing per record beyond the page.
        var total = await catalogue.CountAsync(CatalogueFilter.All, cancellationToken).ConfigureAwait(false);
        var entries = await catalogue.ListAsync(CatalogueFilter.All, paging.Offset, paging.Limit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new Page<DocumentSummary>(
            [.. entries.Select(DocumentSummary.From)], total, paging.Limit, paging.Offset, paging.NextLink(request, paging.Offset + paging.Limit < total)));
    }

    /// <remarks>A source id answers 301: it names the same record for good.</remarks>
    private static async Task<Results<Ok<ArchiveRecord>, RedirectHttpResult, NotFound>> GetAsync(
        string id, DocumentService documents, Editing.StaffDocuments staff, HttpContext http, CancellationToken cancellationToken)
    {
        // Signed-in staff get the current version (drafts too) with the version ETag that PUT's If-Match takes.
        if (await staff.CurrentAsync(http, id, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return TypedResults.Ok(current);
        }
        var found = await documents.LookUpAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.RedirectTo is { } canonical)
        {
            return TypedResults.Redirect("/api/documents/" + canonical, permanent: true);
        }
        return found.Record is { } record ? TypedResults.Ok(record) : TypedResults.NotFound();
    }
}
