using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Hosting;

/// <summary>
/// HTTP caching (RFC 9111): versioned static assets are immutable for a year, pages may be reused for a minute,
/// API answers are revalidated every time (their ETags make that cheap), health checks are never stored.
/// </summary>
public static class CachingHeaders
{
    public static IApplicationBuilder UseCachingHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.Headers.ContainsKey(HeaderNames.CacheControl))
                {
                    return Task.CompletedTask;
                }
                var path = context.Request.Path;
                response.Headers.CacheControl =
                    path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || response.StatusCode >= 400 ? "no-store"
                    : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) ? "no-cache"
                    : "public, max-age=60";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>Static files: a "v" query (asp-append-version) makes the URL unique to the content.</summary>
    public static void OnStaticFile(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }
}
