using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;

namespace Dossier.Cli.Records;

/// <summary>
/// The archive's store as an export sees it: streaming its records passes over one whose stored document cannot be
/// read and lists it in <see cref="Unreadable"/>, so that one damaged record cannot stop an export of all the others.
/// </summary>
internal sealed class ReadableArchiveStore(IArchiveStore inner) : IArchiveStore
{
    private readonly List<SkippedRecord> _unreadable = [];

    public IReadOnlyList<SkippedRecord> Unreadable => _unreadable;

    public IRecordStore Records => field ??= new ReadableRecords(inner.Records, _unreadable);

    public IAuthorityStore Authorities => inner.Authorities;

    public ICollectionStore Collections => inner.Collections;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) => inner.BeginImportAsync(cancellationToken);

    private sealed class ReadableRecords(IRecordStore records, List<SkippedRecord> unreadable) : IRecordStore
    {
        public IAsyncEnumerable<ArchiveRecord> StreamAsync(CancellationToken cancellationToken = default) =>
            records.StreamReadableAsync(unreadable.Add, cancellationToken);

        public IAsyncEnumerable<ArchiveRecord> StreamReadableAsync(Action<SkippedRecord> unreadableRecord, CancellationToken cancellationToken = default) =>
            records.StreamReadableAsync(unreadableRecord, cancellationToken);

        public IAsyncEnumerable<ArchiveRecord> StreamCatalogueAsync(CancellationToken cancellationToken = default) =>
            records.StreamCatalogueAsync(cancellationToken);

        public IAsyncEnumerable<Core.Names.RecordNameSieve> StreamNameSievesAsync(CancellationToken cancellationToken = default) =>
            records.StreamNameSievesAsync(cancellationToken);

        public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> batch, CancellationToken cancellationToken = default) =>
            records.UpsertAsync(batch, cancellationToken);

        public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default) =>
            records.FindAsync(idOrSourceRecordId, cancellationToken);

        public Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            records.GetManyAsync(ids, cancellationToken);

        public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
            records.ListAsync(offset, limit, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => records.CountAsync(cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => records.DeleteAsync(id, cancellationToken);

        public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
            records.ChangesAfterAsync(afterSequence, limit, cancellationToken);

        public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => records.LastSequenceAsync(cancellationToken);
    }
}
