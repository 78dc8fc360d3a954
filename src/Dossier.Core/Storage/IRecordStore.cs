using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>The archive's records: the source of truth every index and page is derived from.</summary>
public interface IRecordStore
{
    /// <summary>
    /// Writes the records in one transaction: all of them or none. A record whose source identity is
    /// already stored replaces it; one whose content is unchanged is left alone. Every write appends
    /// to the change sequence in the same transaction.
    /// </summary>
    Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Finds a record by its archive id or, failing that, by its source record id.</summary>
    Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every record in id order (drafts included: callers that publish filter with <see cref="ArchiveRecord.IsPublicAt"/>).</summary>
    IAsyncEnumerable<ArchiveRecord> StreamAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every record in id order, as <see cref="StreamAsync"/>, except that a record whose stored document cannot be read
    /// (damaged, or edited by hand) is handed to <paramref name="unreadable"/> with the reason and left out, instead of
    /// ending the stream: how a rebuild or an export carries on past one bad record. A store that cannot tell one bad
    /// record from a broken stream gives <see cref="StreamAsync"/>.
    /// </summary>
    IAsyncEnumerable<ArchiveRecord> StreamReadableAsync(Action<Search.SkippedRecord> unreadable, CancellationToken cancellationToken = default) =>
        StreamAsync(cancellationToken);

    /// <summary>
    /// Every record in id order without its texts: each layer keeps its kind and language only (no text, pages or
    /// notes). What a catalogue needs (titles, dates, collections, references, names, languages), at a fraction of
    /// <see cref="StreamAsync"/>'s cost. A store that cannot do better gives the whole records.
    /// </summary>
    IAsyncEnumerable<ArchiveRecord> StreamCatalogueAsync(CancellationToken cancellationToken = default) => StreamAsync(cancellationToken);

    /// <summary>
    /// Every record's name sieve in id order (<see cref="Names.NameSieve"/>), without its document: what a relinking
    /// reads to find the records that may name someone new. A store that keeps none gives null for each.
    /// </summary>
    async IAsyncEnumerable<Names.RecordNameSieve> StreamNameSievesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in StreamCatalogueAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new Names.RecordNameSieve(record.Id, null);
        }
    }

    Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes after <paramref name="afterSequence"/>, oldest first: how a derived index catches up. Records' writes, and
    /// one entry for each transaction that wrote authorities (<see cref="RecordChangeKind.AuthoritiesChanged"/>).
    /// </summary>
    Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    Task<long> LastSequenceAsync(CancellationToken cancellationToken = default);
}
