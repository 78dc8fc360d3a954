using Dossier.Core.Harvesting;
using Dossier.Core.Storage;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// The store's datestamps (<see cref="IRecordDatestamps"/>: every record's id, last change, status, embargo and sets,
/// and the deletions) kept while the store's change sequence stands, which every write moves (a record's upsert,
/// withdrawal, deletion or membership, the authorities'). Each list request read all of them: on the 100 FRUS volumes
/// (31,667 records) every ListIdentifiers, ListRecords, ListSets and Identify took about 0.3 s, so harvesting the 317
/// pages of the archive cost about 100 s, and the cost of a page grows with the archive. What depends on the time of a
/// request (an embargo that has lapsed) is worked out again when an embargo lapses (<see cref="HarvestView.HoldsAt"/>).
/// </summary>
internal sealed class DatestampsMemo
{
    private volatile Kept? _kept;

    /// <summary>The archive as harvested at <paramref name="now"/>, its datestamps read again when <paramref name="store"/>'s change sequence has moved.</summary>
    public async Task<HarvestView> ViewAsync(IArchiveStore store, IRecordDatestamps datestamps, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The sequence is read before the datestamps: a write between the two is in the datestamps kept under the
        // older number, and the next request, seeing the newer one, reads them again.
        var sequence = await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var kept = _kept;
        if (kept is null || !ReferenceEquals(kept.Store, store) || kept.Sequence != sequence)
        {
            kept = new Kept(store, sequence, await datestamps.DatestampsAsync(cancellationToken).ConfigureAwait(false));
            _kept = kept;
        }
        return kept.At(now);
    }

    private sealed class Kept(IArchiveStore store, long sequence, IReadOnlyList<RecordDatestamp> stamps)
    {
        private volatile HarvestView? _view;

        public IArchiveStore Store => store;

        public long Sequence => sequence;

        public HarvestView At(DateTimeOffset now)
        {
            if (_view is { } view && view.HoldsAt(now))
            {
                return view;
            }
            view = HarvestView.Of(stamps, now);
            _view = view;
            return view;
        }
    }
}
