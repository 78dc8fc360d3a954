using Dossier.Core.Storage;

namespace Dossier.Search.Authorities;

/// <summary>
/// The public authority names a search widens name queries and labels facets with, loaded on first use and again
/// after each change (<see cref="Drop"/>). One load serves every search that finds the names missing (at start, after a
/// write): each loading them alone kept a cold server of the 100 volumes from answering any of 64 concurrent searches
/// for 10 s. The load is not any one search's to cancel; a failed one is dropped, and the next search tries again.
/// The names are what the public may see at the moment of loading (by <paramref name="time"/>, the index's clock): an
/// embargo that lapses later drops them as it moves its records into the public index.
/// </summary>
internal sealed class AuthorityNamesLoad(IAuthorityStore? authorities, TimeProvider time)
{
    private readonly System.Threading.Lock _gate = new();
    private volatile Task<AuthorityNames>? _load;

    public async Task<AuthorityNames> GetAsync(CancellationToken cancellationToken)
    {
        if (authorities is null)
        {
            return AuthorityNames.Empty;
        }
        var load = _load;
        if (load is null)
        {
            lock (_gate)
            {
                load = _load ??= AuthorityNames.LoadAsync(authorities, time.GetUtcNow(), CancellationToken.None);
            }
        }
        try
        {
            return await load.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (load.IsFaulted)
        {
            lock (_gate)
            {
                if (ReferenceEquals(_load, load))
                {
                    _load = null;
                }
            }
            throw;
        }
    }

    /// <summary>Forgets the names: the next search loads them again (a write during a load makes it start a fresh one).</summary>
    public void Drop() => _load = null;
}
