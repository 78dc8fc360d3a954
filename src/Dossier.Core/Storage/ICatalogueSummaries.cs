namespace Dossier.Core.Storage;

/// <summary>
/// The catalogue answered from the summary columns the store keeps beside each record (what the home page, the
/// timeline, the archival tree and the collections need), by aggregate queries: no record document is read and
/// nothing is held per record. Every method counts or lists only what is public at <c>now</c> (published, and
/// past any embargo); drafts, embargoed and withdrawn records are never counted.
/// </summary>
public interface ICatalogueSummaries
{
    /// <summary>Counts of the public records: in all, by year, by collection and by place in the archival tree.</summary>
    Task<CatalogueCounts> CountAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Public records matching <paramref name="filter"/>: by id order, or by date (then title) when the filter
    /// names a year, a day or the tree; at most <paramref name="limit"/> after <paramref name="offset"/>.
    /// </summary>
    Task<IReadOnlyList<CatalogueLine>> ListAsync(CatalogueFilter filter, DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The places of the public records matching <paramref name="filter"/>, in <see cref="ListAsync"/>'s order, at most
    /// <paramref name="limit"/>: no summary is read, so a long listing costs what its ids and dates cost.
    /// </summary>
    Task<IReadOnlyList<CataloguePlace>> PlacesAsync(CatalogueFilter filter, DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The public records among <paramref name="ids"/>, each by its title and date (in no order; ids of records that are
    /// missing or not public are left out): what a page's links to a few records show, read from columns, no summary.
    /// </summary>
    Task<IReadOnlyList<CatalogueTitle>> TitlesAsync(IReadOnlyCollection<string> ids, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>How many public records match <paramref name="filter"/>.</summary>
    Task<int> CountAsync(CatalogueFilter filter, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Public records citing any of <paramref name="authorityIds"/>, with the ones each cites, those citing most
    /// first (then by id); at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<SharedCitations>> CitingAsync(IReadOnlyCollection<string> authorityIds, DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>The authorities cited by at least one public record.</summary>
    Task<IReadOnlySet<string>> CitedAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of <paramref name="authorityIds"/> more than <paramref name="above"/> records cite, whatever their status
    /// (the count is never shown, and reading each citing record's status would cost what the count saves): each
    /// name's citations are counted only up to <paramref name="above"/> + 1.
    /// </summary>
    Task<IReadOnlySet<string>> CommonAsync(IReadOnlyCollection<string> authorityIds, int above, CancellationToken cancellationToken = default);

    /// <summary>
    /// The other authorities the public records citing <paramref name="authorityId"/> cite, each with how many of those
    /// records cite it, most first (then by id).
    /// </summary>
    Task<IReadOnlyList<CoCitation>> CitedAlongsideAsync(string authorityId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of <paramref name="sources"/> (record ids, source record ids, collection ids) name something hidden now:
    /// a record not public, or a collection holding records but no public one. The collections of
    /// <paramref name="publicCollections"/> are known by the caller to hold a public record now (the catalogue's counts),
    /// so they are not looked up again: each collection is a query of its own.
    /// </summary>
    Task<IReadOnlySet<string>> HiddenAsync(IReadOnlyCollection<string> sources, DateTimeOffset now, IReadOnlySet<string>? publicCollections = null, CancellationToken cancellationToken = default);
}
