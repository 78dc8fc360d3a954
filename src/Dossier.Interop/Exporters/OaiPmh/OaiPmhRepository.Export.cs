using Dossier.Core.Harvesting;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.OaiPmh;

public sealed partial class OaiPmhRepository
{
    /// <summary>The archive's public records (and deletions) as one ListRecords response in oai_dc, at DOSSIER_BASE_URL.</summary>
    public Task WriteArchiveAsync(IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        var whole = new OaiPmhRepository(new OaiPmhOptions
        {
            RepositoryName = _options.RepositoryName,
            RepositoryIdentifier = _options.RepositoryIdentifier,
            AdminEmail = _options.AdminEmail,
            PageSize = int.MaxValue,
            TokenKey = _options.TokenKey,
            Time = _options.Time,
        });
        return whole.RespondAsync(store, _options.Time, ListRecordsInOaiDc, SiteAddress.Default, output, cancellationToken);
    }

    /// <summary>The records given, whatever their status, as one ListRecords response in oai_dc, each stamped with the time of the export.</summary>
    public async Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var now = _options.Time.GetUtcNow();
        var store = new GivenRecords();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Exported as published: `export --all` asks for every record, drafts included.
            var copy = RecordJson.Deserialize(RecordJson.Serialize(record))!;
            copy.Status = RecordStatus.Published;
            copy.EmbargoUntil = null;
            store.Add(copy, now);
        }
        var whole = new OaiPmhRepository(new OaiPmhOptions { RepositoryName = _options.RepositoryName, PageSize = int.MaxValue, TokenKey = _options.TokenKey, Time = _options.Time });
        await whole.RespondAsync(store, _options.Time, ListRecordsInOaiDc, SiteAddress.Default, output, cancellationToken).ConfigureAwait(false);
    }

    private static readonly KeyValuePair<string, string>[] ListRecordsInOaiDc =
    [
        new("verb", OaiPmhNames.ListRecords),
        new("metadataPrefix", "oai_dc"),
    ];

    /// <summary>Records held in memory for one export, with the datestamps the protocol needs.</summary>
    private sealed class GivenRecords : IArchiveStore, IRecordDatestamps, IRecordStore, ICollectionStore
    {
        private readonly SortedDictionary<string, ArchiveRecord> _records = new(StringComparer.Ordinal);
        private readonly List<RecordDatestamp> _stamps = [];

        public IRecordStore Records => this;

        public IAuthorityStore Authorities => throw new NotSupportedException();

        public ICollectionStore Collections => this;

        public void Add(ArchiveRecord record, DateTimeOffset now)
        {
            _records[record.Id] = record;
            _stamps.Add(new RecordDatestamp(record.Id, now, record.Status, null, record.Collections.Select(c => c.CollectionId).ToList()));
        }

        public Task<IReadOnlyList<RecordDatestamp>> DatestampsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RecordDatestamp>>(_stamps.OrderBy(s => s.Id, StringComparer.Ordinal).ToList());

        public Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ArchiveRecord>>(ids.Where(_records.ContainsKey).Select(id => _records[id]).ToList());

        public Task<IReadOnlyList<Core.Collections.Collection>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Core.Collections.Collection>>(_records.Values.SelectMany(r => r.Collections)
                .DistinctBy(c => c.CollectionId, StringComparer.Ordinal)
                .Select(c => new Core.Collections.Collection { Id = c.CollectionId, Title = c.Title }).ToList());

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default) =>
            Task.FromResult(_records.GetValueOrDefault(idOrSourceRecordId));

        public IAsyncEnumerable<ArchiveRecord> StreamAsync(CancellationToken cancellationToken = default) => _records.Values.ToAsyncEnumerable();

        public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_records.Count);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);

        public Task UpsertAsync(IReadOnlyList<Core.Collections.Collection> collections, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        Task<Core.Collections.Collection?> ICollectionStore.FindAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
