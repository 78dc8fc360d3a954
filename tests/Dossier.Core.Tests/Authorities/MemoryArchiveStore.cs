using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Tests.Authorities;

/// <summary>
/// A dictionary-backed store for the authority service's unit tests, with the one property the service relies
/// on: a transaction's writes land at commit or not at all. The SQLite store is tested for real in Storage.Tests.
/// </summary>
internal sealed class MemoryArchiveStore : IArchiveStore, IRecordStore, IAuthorityStore, ICollectionStore
{
    public Dictionary<string, ArchiveRecord> RecordsById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Authority> AuthoritiesById { get; } = new(StringComparer.Ordinal);

    public IRecordStore Records => this;

    public IAuthorityStore Authorities => this;

    public ICollectionStore Collections => this;

    public bool FailNextCommit { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IImportTransaction>(new Transaction(this));

    public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default) =>
        Task.FromResult(RecordsById.TryGetValue(idOrSourceRecordId, out var r) ? Copy(r) : null);

    public Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ArchiveRecord>>(ids.Where(RecordsById.ContainsKey).Select(id => Copy(RecordsById[id])).ToList());

    Task<Authority?> IAuthorityStore.FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(AuthoritiesById.TryGetValue(id, out var a) ? Copy(a) : null);

    public Task<IReadOnlyList<Authority>> SearchAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Authority>>(AuthoritiesById.Values.Where(a => a.Kind == kind).Select(Copy).Take(limit).ToList());

    public Task<IReadOnlyList<string>> RecordIdsCitingAsync(string authorityId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(RecordsById.Values
            .Where(r => r.People.Concat(r.Places).Concat(r.Organisations).Any(l => l.AuthorityId == authorityId) || r.Contributors.Any(c => c.AuthorityId == authorityId))
            .Select(r => r.Id)
            .ToList());

    public Task UpsertAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task UpsertAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    Task<Collection?> ICollectionStore.FindAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Collection>> ListAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<ArchiveRecord> StreamAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(RecordsById.Count);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static ArchiveRecord Copy(ArchiveRecord record) => RecordJson.Deserialize(RecordJson.Serialize(record))!;

    private static Authority Copy(Authority authority) =>
        System.Text.Json.JsonSerializer.Deserialize<Authority>(System.Text.Json.JsonSerializer.Serialize(authority, RecordJson.Options), RecordJson.Options)!;

    private sealed class Transaction(MemoryArchiveStore store) : IImportTransaction
    {
        private readonly List<Action> _writes = [];

        public Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
        {
            var copies = records.Select(Copy).ToList();
            _writes.Add(() => copies.ForEach(r => store.RecordsById[r.Id] = r));
            return Task.FromResult(new UpsertResult(0, records.Count, 0, records.Select(r => r.Id).ToList()));
        }

        // Upserts merge variants and source keys into an authority of the same id, as the store contract says.
        public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default)
        {
            var copies = authorities.Select(Copy).ToList();
            _writes.Add(() =>
            {
                foreach (var a in copies)
                {
                    if (store.AuthoritiesById.TryGetValue(a.Id, out var old))
                    {
                        a.Variants.AddRange(old.Variants.Where(v => !a.Variants.Any(n => n.Name == v.Name)));
                        a.SourceKeys.AddRange(old.SourceKeys.Where(k => !a.SourceKeys.Contains(k)));
                    }
                    store.AuthoritiesById[a.Id] = a;
                }
            });
            return Task.CompletedTask;
        }

        public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default)
        {
            var existed = store.AuthoritiesById.ContainsKey(id);
            _writes.Add(() => store.AuthoritiesById.Remove(id));
            return Task.FromResult(existed);
        }

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (store.FailNextCommit)
            {
                store.FailNextCommit = false;
                throw new InvalidOperationException("commit failed");
            }
            _writes.ForEach(w => w());
            _writes.Clear();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
