using Dossier.Core.Harvesting;
using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// The archive as a harvester sees it from one instant until the next embargo lapses (<see cref="HoldsAt"/>): the live
/// and deleted items in ordinal id order, the earliest datestamp, and the sets live records are in. Worked out once from
/// the kept datestamps (<see cref="DatestampsMemo"/>), not per request: each request derived every item again and
/// scanned them for its page, its sets and the earliest datestamp, so a page's cost grew with the archive.
/// </summary>
internal sealed class HarvestView
{
    private HarvestView(IReadOnlyList<HarvestItem> items, IReadOnlySet<string> setIds, DateTimeOffset from, DateTimeOffset until)
    {
        Items = items;
        SetIds = setIds;
        From = from;
        Until = until;
        Earliest = items.Count == 0 ? null : items.Min(i => i.Datestamp);
    }

    /// <summary>Every live or deleted item, in ordinal id order.</summary>
    public IReadOnlyList<HarvestItem> Items { get; }

    /// <summary>The collections with at least one live record.</summary>
    public IReadOnlySet<string> SetIds { get; }

    /// <summary>The earliest datestamp of an item; null when there is none.</summary>
    public DateTimeOffset? Earliest { get; }

    private DateTimeOffset From { get; }

    /// <summary>When the first embargo after <see cref="From"/> lapses: a record then turns live.</summary>
    private DateTimeOffset Until { get; }

    public static HarvestView Of(IReadOnlyList<RecordDatestamp> stamps, DateTimeOffset now)
    {
        var items = stamps.Select(s => HarvestItem.At(s, now)).OfType<HarvestItem>().ToList();
        var setIds = items.Where(i => !i.IsDeleted).SelectMany(i => i.Stamp.CollectionIds).ToHashSet(StringComparer.Ordinal);
        var lapses = stamps.Where(s => s.Status == RecordStatus.Published && s.EmbargoUntil > now).Select(s => s.EmbargoUntil!.Value).ToList();
        return new HarvestView(items, setIds, now, lapses.Count == 0 ? DateTimeOffset.MaxValue : lapses.Min());
    }

    /// <summary>Whether the view is the archive as seen at <paramref name="now"/>: no embargo lapsed since it was made (nor is it earlier).</summary>
    public bool HoldsAt(DateTimeOffset now) => now >= From && now < Until;

    /// <summary>The item of <paramref name="id"/>, by binary search; null when there is none.</summary>
    public HarvestItem? Find(string id)
    {
        var at = After(Items, id) - 1;
        return at >= 0 && string.Equals(Items[at].Id, id, StringComparison.Ordinal) ? Items[at] : null;
    }

    /// <summary>The index of the first of <paramref name="items"/> (in ordinal id order) whose id follows <paramref name="id"/>.</summary>
    public static int After(IReadOnlyList<HarvestItem> items, string id)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(items[middle].Id, id) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
