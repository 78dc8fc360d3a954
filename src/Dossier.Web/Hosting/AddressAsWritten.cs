using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Dossier.Web.Hosting;

/// <summary>
/// Makes the output cache tell answers apart by their query string as written, in place of its default rule (every
/// query key, each key's values sorted). That rule sorts a repeated key's values in the request itself when it makes
/// its key (dotnet/aspnetcore#69109), so a page that reads a key's first value read another one once the cache had
/// looked: <c>/search?q=Aardvark&amp;q=Khrushchev</c> searched "Aardvark" the first time it was asked and "Khrushchev"
/// the second, and <c>q=b&amp;q=a</c> shared that entry with <c>q=a&amp;q=b</c>. As written, no value is moved and two
/// orders are two entries; an answer is still kept only for its own address.
/// </summary>
public sealed class AddressAsWritten : IOutputCachePolicy
{
    /// <summary>The name the query string is kept under among the cache key's values.</summary>
    private const string QueryValue = "query";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CacheVaryByRules.QueryKeys = StringValues.Empty;
        context.CacheVaryByRules.VaryByValues[QueryValue] = context.HttpContext.Request.QueryString.Value ?? "";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
