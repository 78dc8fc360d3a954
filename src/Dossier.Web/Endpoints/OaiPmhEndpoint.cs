using Dossier.Core.Composition;
using Dossier.Core.Exporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Endpoints;

/// <summary>
/// /oai: the OAI-PMH 2.0 data provider, by GET or by POST (application/x-www-form-urlencoded), as section 3.1.1 of
/// the protocol requires; /oai/schemas/{file}: the schemas of Dossier's own metadata formats. The provider answers
/// every verb and error itself, always with 200 and text/xml.
/// </summary>
public static class OaiPmhEndpoint
{
    public static IEndpointRouteBuilder MapOaiPmh(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/oai", ["GET", "POST"], RespondAsync).ExcludeFromDescription().DisableAntiforgery().AllowAnonymous();
        app.MapGet("/oai/schemas/{file}", Schema).ExcludeFromDescription();
        return app;
    }

    private static async Task RespondAsync(HttpContext http, CancellationToken cancellationToken)
    {
        // Resolved here rather than bound: a POST handler's complex parameter would otherwise be read from the body.
        var archive = http.RequestServices.GetRequiredService<Archive>();
        if (archive.Writers.OfType<IOaiPmhProvider>().FirstOrDefault() is not { } provider)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in http.Request.Query)
        {
            arguments.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v ?? "")));
        }
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!http.Request.HasFormContentType || http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
            {
                // Re-executing a POST on the status page would meet its antiforgery check and turn 415 into 400.
                http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }
            var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                arguments.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v ?? "")));
            }
        }
        var baseUrl = new Uri(http.Request.Scheme + "://" + http.Request.Host.Value + http.Request.PathBase.Value + "/");
        http.Response.ContentType = "text/xml; charset=utf-8";
        await provider.RespondAsync(archive.Store, archive.Time, arguments, baseUrl, http.Response.Body, cancellationToken).ConfigureAwait(false);
    }

    private static IResult Schema(string file, Archive archive) =>
        archive.Writers.OfType<IOaiPmhProvider>().Select(p => p.OpenSchema(file)).FirstOrDefault(s => s is not null) is { } schema
            ? Results.Stream(schema, "text/xml; charset=utf-8")
            : Results.NotFound();
}
