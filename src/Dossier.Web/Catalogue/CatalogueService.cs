using Dossier.Core.Composition;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// Keeps the catalogue (every record without its text) in memory, brought up to date from the store's change
/// sequence when it moves (only the records changed since are read again), so home counts, the timeline and the
/// archival tree need no query per page and a write costs what it changed, not the size of the archive.
/// </summary>
public sealed class CatalogueService(Archive archive) : IDisposable
{
    private const int RecentCount = 10;
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);

    /// <summary>More changes than this since the last snapshot (a bulk import) are cheaper to meet by reading everything once.</summary>
    private const int MaxIncrementalChanges = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SortedDictionary<string, CatalogueEntry> _entries = new(StringComparer.Ordinal);
    private CatalogueSnapshot? _snapshot;
    private DateTimeOffset _checkedAt;

    /// <summary>Makes the next <see cref="GetAsync"/> read the store's change sequence: after an edit, an unpublished record leaves the listings at once.</summary>
    public void Recheck() => _checkedAt = DateTimeOffset.MinValue;

    public async Task<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _snapshot;
        if (current is not null && archive.Time.GetUtcNow() - _checkedAt < RecheckAfter)
        {
            return current;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sequence = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
            if (_snapshot is null || _snapshot.Sequence != sequence)
            {
                var applied = _snapshot is not null && await ApplyChangesAsync(_snapshot.Sequence, sequence, cancellationToken).ConfigureAwait(false);
                if (!applied)
                {
                    await LoadAllAsync(cancellationToken).ConfigureAwait(false);
                }
                _snapshot = await SnapshotAsync(sequence, cancellationToken).ConfigureAwait(false);
            }
            _checkedAt = archive.Time.GetUtcNow();
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        // Filled aside and swapped in whole: a read that fails halfway leaves the previous entries as they were.
        var entries = new SortedDictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        await foreach (var record in archive.Store.Records.StreamCatalogueAsync(cancellationToken).ConfigureAwait(false))
        {
            entries[record.Id] = CatalogueEntry.From(record);
        }
        _entries = entries;
    }

    /// <summary>Reads again only the records changed after <paramref name="from"/>; false when there are too many (read everything instead).</summary>
    /// <remarks>Changes up to <paramref name="to"/> suffice: a later one moves the sequence again and is applied on the next check.</remarks>
    private async Task<bool> ApplyChangesAsync(long from, long to, CancellationToken cancellationToken)
    {
        if (to < from || to - from > MaxIncrementalChanges)
        {
            return false;
        }
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var position = from;
        while (true)
        {
            var changes = await archive.Store.Records.ChangesAfterAsync(position, 1000, cancellationToken).ConfigureAwait(false);
            if (changes.Count == 0)
            {
                break;
            }
            changed.UnionWith(changes.Select(c => c.RecordId));
            position = changes[^1].Sequence;
            if (changed.Count > MaxIncrementalChanges)
            {
                return false;
            }
        }
        // The store is the truth: a changed record is read as it is now, or dropped when it is gone.
        var records = await archive.Store.Records.GetManyAsync(changed, cancellationToken).ConfigureAwait(false);
        foreach (var id in changed)
        {
            _entries.Remove(id);
        }
        foreach (var record in records)
        {
            _entries[record.Id] = CatalogueEntry.From(record);
        }
        return true;
    }

    private async Task<CatalogueSnapshot> SnapshotAsync(long sequence, CancellationToken cancellationToken)
    {
        var entries = _entries.Values.ToList();
        var changes = await archive.Store.Records
            .ChangesAfterAsync(Math.Max(0, sequence - (RecentCount * 20)), RecentCount * 20, cancellationToken)
            .ConfigureAwait(false);
        var known = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var recent = changes
            .Where(c => c.Kind == RecordChangeKind.Upserted && known.Contains(c.RecordId))
            .Reverse()
            .Select(c => c.RecordId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CatalogueSnapshot(sequence, entries, recent);
    }

    public void Dispose() => _gate.Dispose();
}
