using Dossier.Core.Harvesting;
using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// A record as a harvester sees it at one instant: published and past its embargo (live), withdrawn or deleted from
/// the store (deleted), or absent (a draft, or under embargo). A record whose embargo has lifted is stamped with the
/// time it lifted when that is later than its last change, so a harvester asking "from" its last harvest still gets it.
/// </summary>
internal sealed record HarvestItem(RecordDatestamp Stamp, DateTimeOffset Datestamp, bool IsDeleted)
{
    public string Id => Stamp.Id;

    public static HarvestItem? At(RecordDatestamp stamp, DateTimeOffset now)
    {
        if (stamp.IsDeletedFromStore)
        {
            return new HarvestItem(stamp, OaiDatestamp.Truncate(stamp.ChangedAt), IsDeleted: true);
        }
        switch (stamp.Status)
        {
            case RecordStatus.Published when stamp.EmbargoUntil is not { } until || until <= now:
                var changed = stamp.EmbargoUntil is { } lifted && lifted > stamp.ChangedAt ? lifted : stamp.ChangedAt;
                return new HarvestItem(stamp, OaiDatestamp.Truncate(changed), IsDeleted: false);
            case RecordStatus.Withdrawn:
                return new HarvestItem(stamp, OaiDatestamp.Truncate(stamp.ChangedAt), IsDeleted: true);
            default:
                return null;
        }
    }
}
