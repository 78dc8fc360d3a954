using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Hosting;

/// <summary>
/// Request methods (RFC 9110 §9): HEAD is answered wherever GET is (§9.3.2, the same headers without the body),
/// and a method a resource does not support gets 405 Method Not Allowed with an Allow header (§15.5.6), never a
/// page rendered without its handler. Razor Pages accept every method and health checks too, so they are held to
/// GET and HEAD here; endpoints that declare their methods keep them.
/// </summary>
public static class MethodPolicy
{
    private const string Allowed = "GET, HEAD";
    private static readonly object HeadKey = new();

    /// <summary>Before routing: a HEAD request is routed as a GET, so endpoints declared for GET match it.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Items[HeadKey] = true;
                context.Request.Method = HttpMethods.Get;
            }
            return next(context);
        });

    /// <summary>After routing: HEAD is restored (the server then sends no body), and unsupported methods get 405.</summary>
    public static IApplicationBuilder UseMethodPolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (context.Items.Remove(HeadKey))
            {
                request.Method = HttpMethods.Head;
                return next(context);
            }
            if (HttpMethods.IsGet(request.Method))
            {
                return next(context);
            }
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                // The status page re-executed for an error answers as it would a GET.
                request.Method = HttpMethods.Get;
                return next(context);
            }
            var endpoint = context.GetEndpoint();
            if (endpoint is null)
            {
                return next(context);
            }
            if (endpoint is not RouteEndpoint)
            {
                // Routing's own 405 endpoint: it names what the route takes; HEAD goes with GET.
                context.Response.OnStarting(() =>
                {
                    var allow = context.Response.Headers.Allow.ToString();
                    if (allow.Contains(HttpMethods.Get, StringComparison.Ordinal) && !allow.Contains(HttpMethods.Head, StringComparison.Ordinal))
                    {
                        context.Response.Headers.Allow = allow + ", " + HttpMethods.Head;
                    }
                    return Task.CompletedTask;
                });
                return next(context);
            }
            var declared = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (declared is not null && declared.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers[HeaderNames.Allow] = Allowed;
            return Task.CompletedTask;
        });
}
