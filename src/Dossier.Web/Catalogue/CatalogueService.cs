using Dossier.Core.Composition;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// Keeps the catalogue (every record without its text) in memory, rebuilt from the store when its
/// change sequence moves, so home counts, the timeline and the archival tree need no query per page.
/// </summary>
public sealed class CatalogueService(Archive archive) : IDisposable
{
    private const int RecentCount = 10;
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogueSnapshot? _snapshot;
    private DateTimeOffset _checkedAt;

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
                _snapshot = await BuildAsync(sequence, cancellationToken).ConfigureAwait(false);
            }
            _checkedAt = archive.Time.GetUtcNow();
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CatalogueSnapshot> BuildAsync(long sequence, CancellationToken cancellationToken)
    {
        var entries = new List<CatalogueEntry>();
        await foreach (var record in archive.Store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(CatalogueEntry.From(record));
        }
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
