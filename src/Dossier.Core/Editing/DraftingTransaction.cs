using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Editing;

/// <summary>The transaction of a <see cref="DraftingStore"/>: new records become drafts, stored ones keep their state.</summary>
public sealed class DraftingTransaction(IImportTransaction inner, IRecordStore records) : IImportTransaction
{
    public async Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var record in batch.Where(r => string.IsNullOrEmpty(r.Id)))
        {
            record.Id = RecordId.For(record.Source);
        }
        // Read outside the transaction: the store admits one writer at a time, so what this finds is what the write replaces.
        var stored = (await records.GetManyAsync(batch.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var record in batch)
        {
            if (stored.TryGetValue(record.Id, out var existing))
            {
                record.Status = existing.Status;
                record.EmbargoUntil = existing.EmbargoUntil;
            }
            else
            {
                record.Status = RecordStatus.Draft;
            }
        }
        return await inner.UpsertRecordsAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteRecordAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteRecordAsync(id, cancellationToken);

    public Task KeepNameSievesAsync(IReadOnlyList<ArchiveRecord> records, long readAt, CancellationToken cancellationToken = default) =>
        inner.KeepNameSievesAsync(records, readAt, cancellationToken);

    public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) =>
        inner.UpsertAuthoritiesAsync(authorities, cancellationToken);

    public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) =>
        inner.UpsertCollectionsAsync(collections, cancellationToken);

    public Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteAuthorityAsync(id, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
