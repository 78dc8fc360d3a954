using Dossier.Core.Composition;

namespace Dossier.Web.Editing;

/// <summary>
/// Where the id of a merged authority now lives: the survivor whose <see cref="Core.Authorities.Authority.MergedIds"/>
/// names it. Read from the store once and kept until the archive changes (<see cref="ArchiveCache.EvictAsync"/>
/// forgets it), so an unknown id costs a dictionary look-up, not a pass over every authority.
/// </summary>
public sealed class MergeRedirects(Archive archive)
{
    private volatile Dictionary<string, string>? _survivors;
    private long _generation;

    /// <summary>The id the authority <paramref name="id"/> was merged into (after any later merges), or null.</summary>
    public async Task<string?> SurvivorAsync(string id, CancellationToken cancellationToken = default)
    {
        var survivors = _survivors;
        if (survivors is null)
        {
            var generation = Interlocked.Read(ref _generation);
            survivors = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var authority in archive.Store.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var merged in authority.MergedIds ?? [])
                {
                    survivors[merged] = authority.Id;
                }
            }
            // A change made while reading leaves the map unkept: the next look-up reads again.
            if (Interlocked.Read(ref _generation) == generation)
            {
                _survivors = survivors;
            }
        }
        return survivors.GetValueOrDefault(id);
    }

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _survivors = null;
    }
}
