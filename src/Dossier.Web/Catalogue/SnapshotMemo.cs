using System.Collections.Concurrent;

namespace Dossier.Web.Catalogue;

/// <summary>
/// What is worked out from the public catalogue and shared by many pages (a collection's order, whether a name is
/// common), kept while the catalogue's snapshot holds: the catalogue's next snapshot (after a write, an embargo
/// lapsing, or <see cref="CatalogueService.Recheck"/>) drops everything kept. Never a page or an answer: only the
/// structures pages are built from, as a search index keeps its per-reader structures.
/// </summary>
public sealed class SnapshotMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly IEqualityComparer<TKey>? _comparer;
    private volatile Kept _kept;

    public SnapshotMemo(IEqualityComparer<TKey>? comparer = null)
    {
        _comparer = comparer;
        _kept = new Kept(null, new ConcurrentDictionary<TKey, Task<TValue>>(comparer));
    }

    /// <summary>The value kept for <paramref name="key"/> under <paramref name="snapshot"/>, worked out once by <paramref name="work"/> when missing.</summary>
    public async Task<TValue> GetAsync(CatalogueSnapshot snapshot, TKey key, Func<TKey, Task<TValue>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var kept = Under(snapshot);
        return await AwaitKeptAsync(kept, key, kept.Values.GetOrAdd(key, work)).ConfigureAwait(false);
    }

    /// <summary>The values kept for <paramref name="keys"/>, those missing worked out together by one call of <paramref name="work"/>.</summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> GetManyAsync(
        CatalogueSnapshot snapshot, IReadOnlyCollection<TKey> keys, Func<IReadOnlyList<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> work)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(work);
        var kept = Under(snapshot);
        var tasks = new Dictionary<TKey, Task<TValue>>(_comparer);
        foreach (var key in keys)
        {
            if (kept.Values.TryGetValue(key, out var task))
            {
                tasks[key] = task;
            }
        }
        var missing = keys.Where(k => !tasks.ContainsKey(k)).Distinct(_comparer).ToList();
        if (missing.Count > 0)
        {
            var batch = work(missing);
            foreach (var key in missing)
            {
                // Another page may have added the key meanwhile: its task is kept, and awaited here too.
                tasks[key] = kept.Values.GetOrAdd(key, PickAsync(batch, key));
            }
        }
        var result = new Dictionary<TKey, TValue>(_comparer);
        foreach (var (key, task) in tasks)
        {
            result[key] = await AwaitKeptAsync(kept, key, task).ConfigureAwait(false);
        }
        return result;
    }

    private static async Task<TValue> PickAsync(Task<IReadOnlyDictionary<TKey, TValue>> batch, TKey key) => (await batch.ConfigureAwait(false))[key];

    private Kept Under(CatalogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var kept = _kept;
        if (!ReferenceEquals(kept.Snapshot, snapshot))
        {
            kept = new Kept(snapshot, new ConcurrentDictionary<TKey, Task<TValue>>(_comparer));
            _kept = kept;
        }
        return kept;
    }

    private static async Task<TValue> AwaitKeptAsync(Kept kept, TKey key, Task<TValue> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch
        {
            // A failed piece of work is not kept: the next page works it out again.
            kept.Values.TryRemove(new KeyValuePair<TKey, Task<TValue>>(key, task));
            throw;
        }
    }

    private sealed record Kept(CatalogueSnapshot? Snapshot, ConcurrentDictionary<TKey, Task<TValue>> Values);
}
