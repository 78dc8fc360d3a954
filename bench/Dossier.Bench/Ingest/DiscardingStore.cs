using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Bench.Ingest;

/// <summary>
/// A store that counts and forgets: `ingest --no-store` measures the readers alone, so the store's share of the
/// time shows as the difference to a real run.
/// </summary>
internal sealed class DiscardingStore : IArchiveStore
{
    public IRecordStore Records => throw new NotSupportedException("the discarding store keeps nothing to read");

    public IAuthorityStore Authorities => throw new NotSupportedException("the discarding store keeps nothing to read");

    public ICollectionStore Collections => throw new NotSupportedException("the discarding store keeps nothing to read");

    public long RecordsWritten { get; private set; }

    public long AuthoritiesWritten { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IImportTransaction>(new Transaction(this));

    private sealed class Transaction(DiscardingStore store) : IImportTransaction
    {
        public Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
        {
            store.RecordsWritten += records.Count;
            return Task.FromResult(new UpsertResult(records.Count, 0, 0, records.Select(r => r.Id).ToList()));
        }

        public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default)
        {
            store.AuthoritiesWritten += authorities.Count;
            return Task.CompletedTask;
        }

        public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task KeepNameSievesAsync(IReadOnlyList<ArchiveRecord> records, long readAt, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
