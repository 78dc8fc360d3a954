using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Dossier.Web.Accounts;

/// <summary>
/// Keeps the server's output cache away from the account pages and from everything behind a policy. Beside the
/// default rule (never for signed-in requests), this matters for forms: a cached sign-in page would hand every
/// visitor the anti-forgery token issued to the first one, and their sign-in would then fail. A status page
/// re-executed for an error is never stored or served from the cache either: a 200 answer cached for a direct
/// request to /status/404 would otherwise stand in for the 404 (or 403) of the request that failed.
/// </summary>
public sealed class PrivateAnswers : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            || http.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.EnableOutputCaching = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
