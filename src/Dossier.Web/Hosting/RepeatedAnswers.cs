using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Dossier.Web.Hosting;

/// <summary>
/// Lets the output cache keep an answer only when its address is asked for a second time: the first request for an
/// address is answered without looking in the cache or copying the answer into it, and marks the address as asked.
/// Most searches are asked once; storing each of them cost a copy of every page, and kept ten seconds of unique pages
/// (about 200 MB at 700 search pages a second) alive into the collector's oldest generation.
/// </summary>
/// <remarks>
/// The marks are a fixed table of <see cref="Slots"/> hashes of method, host, path and query, indexed by the hash: an
/// address whose slot another took since is asked "for the first time" again (its answer is computed afresh), and two
/// addresses of one hash let the second be stored at once. Either way the cache's own key decides what is served, so a
/// mark can only cost a miss, never serve a wrong answer.
/// </remarks>
public sealed class RepeatedAnswers : IOutputCachePolicy
{
    private const int Slots = 1 << 16;

    private readonly int[] _asked = new int[Slots];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.EnableOutputCaching && context.AllowCacheStorage && !AskedBefore(context.HttpContext.Request))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Whether the address's mark is in its slot; marks it when not.</summary>
    private bool AskedBefore(HttpRequest request)
    {
        // Zero is an empty slot's value, so no mark is zero.
        var mark = HashCode.Combine(request.Method, request.Host.Value, request.Path.Value, request.QueryString.Value) | 1;
        ref var slot = ref _asked[(uint)mark % Slots];
        if (Volatile.Read(ref slot) == mark)
        {
            return true;
        }
        Volatile.Write(ref slot, mark);
        return false;
    }
}
