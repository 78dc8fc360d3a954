using System.Runtime.CompilerServices;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Web.Tests.Support;

/// <summary>Development stand-in until the SQLite store lands. Not used once ArchiveFactory works.</summary>
internal sealed class MemoryArchiveStore : IArchiveStore, IRecordStore, IAuthorityStore, ICollectionStore
{
    private readonly Dictionary<string, ArchiveRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Authority> _authorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);
    private readonly List<RecordChange> _changes = [];

    public IRecordStore Records => this;

    public IAuthorityStore Authorities => this;

    public ICollectionStore Collections => this;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IImportTransaction>(new Transaction(this));

    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
    {
        foreach (var r in records)
        {
            if (string.IsNullOrEmpty(r.Id))
            {
                r.Id = RecordId.For(r.Source);
            }
            _records[r.Id] = r;
            _changes.Add(new RecordChange(_changes.Count + 1, r.Id, RecordChangeKind.Upserted));
        }
        return Task.FromResult(new UpsertResult(records.Count, 0, 0, records.Select(r => r.Id).ToList()));
    }

    public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.GetValueOrDefault(idOrSourceRecordId)
            ?? _records.Values.FirstOrDefault(r => r.Source.RecordId == idOrSourceRecordId));

    public Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ArchiveRecord>>(ids.Where(_records.ContainsKey).Select(i => _records[i]).ToList());

    public async IAsyncEnumerable<ArchiveRecord> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var r in _records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList())
        {
            yield return r;
        }
    }

    public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RecordSummary>>(_records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Skip(offset).Take(limit)
            .Select(r => new RecordSummary(r.Id, r.Source.RecordId, r.Title, r.Date, r.Status)).ToList());

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_records.Count);

    Task<bool> IRecordStore.DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_records.Remove(id));

    public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RecordChange>>(_changes.Where(c => c.Sequence > afterSequence).Take(limit).ToList());

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)_changes.Count);

    public Task UpsertAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default)
    {
        foreach (var a in authorities)
        {
            _authorities[a.Id] = a;
        }
        return Task.CompletedTask;
    }

    Task<Authority?> IAuthorityStore.FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_authorities.GetValueOrDefault(id));

    public Task<IReadOnlyList<Authority>> SearchAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Authority>>(_authorities.Values
            .Where(a => a.Kind == kind && (query is null || a.PreferredName.Contains(query, StringComparison.OrdinalIgnoreCase)
                || a.Variants.Any(v => v.Name.Contains(query, StringComparison.OrdinalIgnoreCase))))
            .Take(limit).ToList());

    public Task<IReadOnlyList<string>> RecordIdsCitingAsync(string authorityId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_records.Values
            .Where(r => r.People.Concat(r.Places).Concat(r.Organisations).Any(p => p.AuthorityId == authorityId)).Select(r => r.Id).ToList());

    Task<bool> IAuthorityStore.DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_authorities.Remove(id));

    public Task UpsertAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default)
    {
        foreach (var c in collections)
        {
            _collections[c.Id] = c;
        }
        return Task.CompletedTask;
    }

    Task<Collection?> ICollectionStore.FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_collections.GetValueOrDefault(id));

    public Task<IReadOnlyList<Collection>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Collection>>(_collections.Values.ToList());

    private sealed class Transaction(MemoryArchiveStore store) : IImportTransaction
    {
        public Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) =>
            store.UpsertAsync(records, cancellationToken);

        public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) =>
            store.UpsertAsync(authorities, cancellationToken);

        public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) =>
            store.UpsertAsync(collections, cancellationToken);

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
