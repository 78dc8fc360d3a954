using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>The catalogue's counts as of one store change sequence number, and the latest writes.</summary>
public sealed class CatalogueSnapshot(long sequence, DateTimeOffset countedAt, CatalogueCounts counts, IReadOnlyList<string> recentIds)
{
    public long Sequence { get; } = sequence;

    /// <summary>The moment the counts hold for: an embargo lapsing after it changes them.</summary>
    public DateTimeOffset CountedAt { get; } = countedAt;

    /// <summary>Public records only.</summary>
    public CatalogueCounts Counts { get; } = counts;

    /// <summary>Ids of the most recently written records, newest first, whatever their status: callers list them through the public filter.</summary>
    public IReadOnlyList<string> RecentIds { get; } = recentIds;

    /// <summary>The archival tree of <see cref="Counts"/>' shelves, built when a page first asks for it.</summary>
    public ArchiveTree Tree => _tree.Value;

    private readonly Lazy<ArchiveTree> _tree = new(() => ArchiveTree.Of(counts.Shelves));

    /// <summary>The ids of the collections holding a public record (of <see cref="Counts"/>), made when first asked for.</summary>
    public IReadOnlySet<string> PublicCollections => _publicCollections.Value;

    private readonly Lazy<IReadOnlySet<string>> _publicCollections = new(() => counts.Collections.Where(c => c.Count > 0).Select(c => c.CollectionId).ToHashSet(StringComparer.Ordinal));

    public bool HoldsAt(long sequence, DateTimeOffset now) =>
        Sequence == sequence && now >= CountedAt && (Counts.ChangesAt is not { } lapse || now < lapse);
}
