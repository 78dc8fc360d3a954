using System.Text.Json.Nodes;
using Dossier.Core.Scans;
using Dossier.Web.Scans;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>
/// IIIF Image API 3.0, compliance level 1 (https://iiif.io/api/image/3.0/): /iiif/image/{sha256}/info.json and
/// /iiif/image/{sha256}/{region}/{size}/{rotation}/{quality}.{format}, for the scans of public records only.
/// </summary>
public static class IiifImageApi
{
    public const string Context = "http://iiif.io/api/image/3/context.json";

    public const int TileSize = 512;

    private const string InfoMediaType = "application/ld+json;profile=\"" + Context + "\"";

    public static IEndpointRouteBuilder MapIiifImageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ScanPaths.ImageServicePrefix.TrimEnd('/')).ExcludeFromDescription();
        group.MapGet("/{sha256}", (string sha256) => Results.Redirect(ScanPaths.ImageServicePrefix + sha256 + "/info.json", permanent: false));
        group.MapGet("/{sha256}/info.json", InfoAsync);
        group.MapGet("/{sha256}/{region}/{size}/{rotation}/{qualityAndFormat}", ImageAsync);
        return app;
    }

    private static async Task<IResult> InfoAsync(string sha256, HttpContext http, PublicScans scans, CancellationToken cancellationToken)
    {
        if (await scans.FindAsync(sha256, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return Results.NotFound();
        }
        var page = found.Page;
        var factors = new JsonArray();
        // Down to the factor at which the whole page fits one tile.
        for (var factor = 1; ; factor *= 2)
        {
            factors.Add(factor);
            if (Math.Max(page.Width, page.Height) / factor <= TileSize)
            {
                break;
            }
        }
        var sizes = new JsonArray();
        for (var (w, h) = (page.Width, page.Height); w >= 64 && h >= 64; (w, h) = (w / 2, h / 2))
        {
            if (w <= IiifImageRequest.MaxWidth && h <= IiifImageRequest.MaxHeight)
            {
                sizes.Insert(0, new JsonObject { ["width"] = w, ["height"] = h });
            }
        }
        var info = new JsonObject
        {
            ["@context"] = Context,
            ["id"] = BaseOf(http) + ScanPaths.ImageServicePrefix + page.Sha256,
            ["type"] = "ImageService3",
            ["protocol"] = "http://iiif.io/api/image",
            ["profile"] = "level1",
            ["width"] = page.Width,
            ["height"] = page.Height,
            ["maxWidth"] = IiifImageRequest.MaxWidth,
            ["maxHeight"] = IiifImageRequest.MaxHeight,
            ["sizes"] = sizes,
            ["tiles"] = new JsonArray(new JsonObject { ["width"] = TileSize, ["height"] = TileSize, ["scaleFactors"] = factors }),
            ["preferredFormats"] = new JsonArray("jpg"),
            ["extraFeatures"] = new JsonArray("regionByPct", "regionSquare", "sizeByConfinedWh", "sizeByPct"),
        };
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return Results.Text(info.ToJsonString(), InfoMediaType);
    }

    private static async Task<IResult> ImageAsync(
        string sha256, string region, string size, string rotation, string qualityAndFormat, HttpContext http, PublicScans scans, CancellationToken cancellationToken)
    {
        if (await scans.FindAsync(sha256, cancellationToken).ConfigureAwait(false) is not { } found || scans.Library is null)
        {
            return Results.NotFound();
        }
        var (request, error) = IiifImageRequest.Parse(region, size, rotation, qualityAndFormat, found.Page.Width, found.Page.Height);
        if (request is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Bad IIIF image request");
        }
        var bytes = await scans.Library.RenderAsync(found.Page, request, cancellationToken).ConfigureAwait(false);
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(bytes, "image/jpeg");
    }

    private static string BaseOf(HttpContext http) => http.Request.Scheme + "://" + http.Request.Host.Value + http.Request.PathBase.Value;
}
