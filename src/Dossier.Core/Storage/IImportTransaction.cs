using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>
/// One atomic write of many records (a whole file's import). Batches may be written as they are read,
/// so memory stays bounded; disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IImportTransaction : IAsyncDisposable
{
    Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a record (and its links) inside the transaction and appends a deletion to the change sequence; true when it existed.
    /// The default is for test doubles that never delete; the database store implements it.
    /// </summary>
    Task<bool> DeleteRecordAsync(string id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("this store does not delete records inside a transaction");

    /// <summary>
    /// Keeps the name sieve each record carries (<see cref="ArchiveRecord.NameSieve"/>) where the store holds none and it
    /// fits the record's texts, without writing the records again: how a relinking stores what it found while reading
    /// records stored before sieves were. The records were read when the change sequence stood at
    /// <paramref name="readAt"/> or later: one written since (by another writer) is left without.
    /// </summary>
    Task KeepNameSievesAsync(IReadOnlyList<ArchiveRecord> records, long readAt, CancellationToken cancellationToken = default);

    Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default);

    Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default);

    /// <summary>Deletes an authority inside the transaction (a merge removes the merged record); true when it existed.</summary>
    Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
