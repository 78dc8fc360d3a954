using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Dossier.Web.Accounts;

/// <summary>
/// Keeps the server's output cache away from the account pages and from everything behind a policy. Beside the
/// default rule (never for signed-in requests), this matters for forms: a cached sign-in page would hand every
/// visitor the anti-forgery token issued to the first one, and their sign-in would then fail.
/// </summary>
public sealed class PrivateAnswers : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            || http.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            context.EnableOutputCaching = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
