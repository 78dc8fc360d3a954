using Dossier.Core.Harvesting;
using Dossier.Core.Storage;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// The store's datestamps (<see cref="IRecordDatestamps"/>: every record's id, last change, status, embargo and sets,
/// and the deletions) kept while the store's change sequence stands, which every write of a record moves (an upsert, a
/// withdrawal, a deletion, a membership). Each list request read all of them: on the 100 FRUS volumes (31,667 records)
/// every ListIdentifiers, ListRecords, ListSets and Identify took about 0.3 s, so harvesting the 317 pages of the
/// archive cost about 100 s, and the cost of a page grows with the archive. What depends on the time of a request
/// (an embargo that has lapsed) is still worked out per request from the kept datestamps (<see cref="HarvestItem.At"/>).
/// </summary>
internal sealed class DatestampsMemo
{
    private volatile Kept? _kept;

    /// <summary>The datestamps of <paramref name="datestamps"/>, read again when <paramref name="store"/>'s change sequence has moved.</summary>
    public async Task<IReadOnlyList<RecordDatestamp>> GetAsync(IArchiveStore store, IRecordDatestamps datestamps, CancellationToken cancellationToken)
    {
        // The sequence is read before the datestamps: a write between the two is in the datestamps kept under the
        // older number, and the next request, seeing the newer one, reads them again.
        var sequence = await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        if (_kept is { } kept && ReferenceEquals(kept.Store, store) && kept.Sequence == sequence)
        {
            return kept.Stamps;
        }
        var stamps = await datestamps.DatestampsAsync(cancellationToken).ConfigureAwait(false);
        _kept = new Kept(store, sequence, stamps);
        return stamps;
    }

    private sealed record Kept(IArchiveStore Store, long Sequence, IReadOnlyList<RecordDatestamp> Stamps);
}
