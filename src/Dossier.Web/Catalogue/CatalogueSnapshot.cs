namespace Dossier.Web.Catalogue;

/// <summary>Every record's catalogue entry as of one store change sequence number.</summary>
public sealed class CatalogueSnapshot(long sequence, IReadOnlyList<CatalogueEntry> entries, IReadOnlyList<string> recentIds)
{
    public long Sequence { get; } = sequence;

    /// <summary>All entries, drafts and embargoed ones included: callers filter with <see cref="Public"/>.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; } = entries;

    /// <summary>Ids of the most recently written records, newest first.</summary>
    public IReadOnlyList<string> RecentIds { get; } = recentIds;

    public IEnumerable<CatalogueEntry> Public(DateTimeOffset now) => Entries.Where(e => e.IsPublicAt(now));
}
