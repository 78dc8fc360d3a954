using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>
/// /robots.txt (RFC 9309): crawlers are pointed to the sitemap, which names every public page once, and kept out of what
/// no search engine should index. Search results and citation downloads are endless combinations of the same records;
/// the workspace, sign-in and the API are for people and programs. Document, collection, people, places, timeline and
/// archive pages, scans and OAI-PMH stay open.
/// </summary>
public static class RobotsEndpoint
{
    /// <summary>The paths crawlers are asked to leave alone, each with everything under it.</summary>
    internal static readonly string[] Closed = ["/search", "/cite/", "/api/", "/workspace", "/account", "/downloads/"];

    public static IEndpointRouteBuilder MapRobots(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/robots.txt", (HttpContext http) =>
        {
            var root = http.Request.Scheme + "://" + http.Request.Host.Value + http.Request.PathBase.Value;
            var lines = new List<string> { "User-agent: *" };
            lines.AddRange(Closed.Select(path => "Disallow: " + http.Request.PathBase.Value + path));
            lines.Add("");
            lines.Add("Sitemap: " + root + "/sitemap.xml");
            return Results.Text(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
