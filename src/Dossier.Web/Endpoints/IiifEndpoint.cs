using Dossier.Core.Composition;
using Dossier.Core.Exporting;
using Dossier.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Endpoints;

/// <summary>
/// GET /iiif/{id}/manifest: a public document's IIIF Presentation 3.0 manifest, as JSON-LD with the Presentation 3
/// profile, open to viewers on any origin (IIIF resources are fetched across origins). Drafts and embargoed records are 404.
/// </summary>
public static class IiifEndpoint
{
    private const string MediaType = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";

    public static IEndpointRouteBuilder MapIiif(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/iiif/{id}/manifest", ManifestAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task ManifestAsync(string id, HttpContext http, CancellationToken cancellationToken)
    {
        var archive = http.RequestServices.GetRequiredService<Archive>();
        var documents = http.RequestServices.GetRequiredService<DocumentService>();
        var found = await documents.LookUpAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.RedirectTo is { } canonical)
        {
            http.Response.Redirect("/iiif/" + Uri.EscapeDataString(canonical) + "/manifest");
            return;
        }
        if (found.Record is not { } record || archive.Writers.OfType<IIiifManifestWriter>().FirstOrDefault() is not { } writer)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var baseUrl = new Uri(http.Request.Scheme + "://" + http.Request.Host.Value + http.Request.PathBase.Value + "/");
        http.Response.ContentType = MediaType;
        http.Response.Headers.AccessControlAllowOrigin = "*";
        await writer.WriteManifestAsync(record, baseUrl, http.Response.Body, cancellationToken).ConfigureAwait(false);
    }
}
