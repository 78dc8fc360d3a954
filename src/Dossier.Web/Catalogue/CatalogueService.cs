using Dossier.Core.Composition;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// The reading room's catalogue (home counts, timeline, archival tree, collections, listings), answered by the
/// store's aggregate queries over its summary columns: nothing is held per record, so memory does not grow with
/// the archive. Counts are kept per store change sequence (and until the next embargo lapses), looked at again at
/// most every two seconds or at once after <see cref="Recheck"/>.
/// </summary>
public sealed class CatalogueService(Archive archive) : IDisposable
{
    private const int RecentCount = 10;
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogueSnapshot? _snapshot;
    private DateTimeOffset _checkedAt;

    /// <summary>The store's catalogue queries; every store the archive opens keeps them.</summary>
    public ICatalogueSummaries Summaries => archive.Store as ICatalogueSummaries
        ?? throw new InvalidOperationException("the archive's store keeps no catalogue summaries");

    /// <summary>Makes the next <see cref="GetAsync"/> read the store's change sequence: after an edit, an unpublished record leaves the counts at once.</summary>
    public void Recheck() => _checkedAt = DateTimeOffset.MinValue;

    public async Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = archive.Time.GetUtcNow();
        var current = _snapshot;
        if (current is not null && now - _checkedAt < RecheckAfter && current.HoldsAt(current.Sequence, now))
        {
            return current;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sequence = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
            if (_snapshot is null || !_snapshot.HoldsAt(sequence, now))
            {
                var counts = await Summaries.CountAsync(now, cancellationToken).ConfigureAwait(false);
                _snapshot = new CatalogueSnapshot(sequence, now, counts, await RecentAsync(sequence, cancellationToken).ConfigureAwait(false));
            }
            _checkedAt = now;
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Public records matching <paramref name="filter"/>, at most <paramref name="limit"/> after <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> ListAsync(CatalogueFilter filter, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var lines = await Summaries.ListAsync(filter, archive.Time.GetUtcNow(), offset, limit, cancellationToken).ConfigureAwait(false);
        return [.. lines.Select(CatalogueEntry.From)];
    }

    /// <summary>The public records among <paramref name="ids"/>, by id: what a page describes of the few records it shows.</summary>
    public async Task<IReadOnlyDictionary<string, CatalogueEntry>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        }
        var found = await ListAsync(new CatalogueFilter { Ids = ids }, 0, ids.Count, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The public records among <paramref name="ids"/>, by id, as links show them (title and date).</summary>
    public async Task<IReadOnlyDictionary<string, CatalogueTitle>> TitlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = await Summaries.TitlesAsync(ids, archive.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public Task<int> CountAsync(CatalogueFilter filter, CancellationToken cancellationToken = default) =>
        Summaries.CountAsync(filter, archive.Time.GetUtcNow(), cancellationToken);

    /// <summary>The public records among the last written, newest first.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> RecentAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await GetAsync(cancellationToken).ConfigureAwait(false);
        var byId = await ByIdAsync(snapshot.RecentIds, cancellationToken).ConfigureAwait(false);
        return [.. snapshot.RecentIds.Where(byId.ContainsKey).Select(id => byId[id]).Take(RecentCount)];
    }

    private async Task<IReadOnlyList<string>> RecentAsync(long sequence, CancellationToken cancellationToken)
    {
        var changes = await archive.Store.Records
            .ChangesAfterAsync(Math.Max(0, sequence - (RecentCount * 20)), RecentCount * 20, cancellationToken)
            .ConfigureAwait(false);
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        var recent = new List<string>();
        foreach (var change in changes.Reverse().Where(c => c.IsRecord))
        {
            if (change.Kind == RecordChangeKind.Deleted)
            {
                deleted.Add(change.RecordId);
            }
            else if (!deleted.Contains(change.RecordId) && !recent.Contains(change.RecordId, StringComparer.Ordinal))
            {
                recent.Add(change.RecordId);
            }
        }
        return recent;
    }

    public void Dispose() => _gate.Dispose();
}
