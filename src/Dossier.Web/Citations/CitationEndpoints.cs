using System.Text;
using Dossier.Core.Citations;
using Dossier.Core.Records;
using Dossier.Web.Documents;
using Dossier.Web.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Citations;

/// <summary>
/// Citation downloads: GET /cite/{style}/{id} (one public document) and GET /cite/search/{style}?q=… (a search
/// result's hits, the same query string as the search page), as RIS, BibTeX, CSL-JSON or text.
/// </summary>
public static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/cite/search/{style}", SearchAsync).ExcludeFromDescription();
        app.MapGet("/cite/{style}/{**id}", DocumentAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DocumentAsync(string style, string id, HttpRequest request, DocumentService documents, CitationSettings settings, CancellationToken cancellationToken)
    {
        if (CitationStyles.Parse(style) is not { } chosen)
        {
            return Results.NotFound();
        }
        var found = await documents.LookUpAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.Record is not { } record)
        {
            return Results.NotFound();
        }
        var text = CitationFormatter.Format(record, chosen, settings.For(request, record));
        return File(text, chosen, BibtexCitation.Key(record.Id));
    }

    private static async Task<IResult> SearchAsync(string style, HttpRequest request, SearchService search, DocumentService documents, CitationSettings settings, CancellationToken cancellationToken)
    {
        if (CitationStyles.Parse(style) is not { } chosen)
        {
            return Results.NotFound();
        }
        var query = SearchQuery.Parse(request.Query, SearchQuery.MaxLimit);
        if (!query.IsValid)
        {
            return Results.BadRequest();
        }
        var hits = query.Q.Length == 0 ? [] : (await search.SearchAsync(query.ToRequest(facets: false), cancellationToken).ConfigureAwait(false)).Hits;
        var records = await documents.PublicAsync(hits.Select(h => h.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var options = new CitationOptions { SiteName = settings.SiteName };
        var works = records.Select(r => CitedWork.Of(r, options with { Permalink = CitationSettings.Permalink(request, r) }));
        var text = CitationFormatter.FormatAll(works, chosen);
        return File(text, chosen, "dossier-search");
    }

    private static IResult File(string text, CitationStyle style, string name) =>
        Results.File(Encoding.UTF8.GetBytes(text), CitationStyles.MediaType(style), name + "." + CitationStyles.Extension(style));
}
