using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Hosting;

/// <summary>
/// Strong entity tags for the JSON API (RFC 9110 §8.8.3): the tag is a hash of the answer's bytes,
/// and a GET whose If-None-Match names it gets 304 Not Modified with no body.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var original = context.Response.Body;
        await using var buffer = new PooledBodyBuffer();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            // An endpoint's own tag (a record version's "v3", which If-Match takes) stands; otherwise the bytes name the answer.
            var etag = context.Response.Headers.ETag.ToString();
            if (etag.Length == 0)
            {
                var hash = SHA256.HashData(buffer.Written.Span);
                etag = "\"" + Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
                context.Response.Headers.ETag = etag;
            }
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }
        context.Response.ContentLength = buffer.Length;
        await original.WriteAsync(buffer.Written, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var candidate in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // If-None-Match uses the weak comparison: W/"x" matches "x".
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == "*" || string.Equals(tag, etag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
