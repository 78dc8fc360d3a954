using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Authorities;

/// <summary>
/// People, places and organisations as the public sees them, for the authority pages, finders and API: only
/// authorities cited by a record public now (<see cref="Core.Records.ArchiveRecord.IsPublicAt"/>) exist, and
/// only the public records citing them are listed. An authority cited only by drafts, embargoed or withdrawn
/// records is not found, so neither its name nor its existence leaks.
/// </summary>
public sealed class AuthorityDirectory(Archive archive, CatalogueService catalogue)
{
    /// <summary>
    /// The authorities public records cite, worked out once while the catalogue's snapshot holds (it changes with a
    /// record's write or an embargo lapsing, as the set does): every finder request asked the store, 60-100 ms on the
    /// 100 FRUS volumes.
    /// </summary>
    private readonly SnapshotMemo<bool, IReadOnlySet<string>> _cited = new();

    /// <summary>How many authorities of each kind public records cite, kept as <see cref="_cited"/> is.</summary>
    private readonly SnapshotMemo<AuthorityKind, int> _counts = new();

    /// <summary>
    /// The authorities of each kind public records cite, as stored (never handed out: answers are their public views),
    /// for the finders to test by the search's rules, kept as <see cref="_cited"/> is. The snapshot changes with the
    /// authorities too (an edit moves the store's change sequence: <see cref="RecordChangeKind.AuthoritiesChanged"/>).
    /// Every finder query read and unpacked all 5,348 people of the 100 FRUS volumes, about 30 ms.
    /// </summary>
    private readonly SnapshotMemo<AuthorityKind, IReadOnlyList<Authority>> _citedOfKind = new();

    /// <summary>
    /// The authorities cited beside each one asked, counted by the database (<see cref="ICatalogueSummaries.CitedAlongsideAsync"/>),
    /// kept as <see cref="_cited"/> is: every page of a much-cited person's documents shows the same company, and counting
    /// it took half a second for Washington's 19,798 documents.
    /// </summary>
    private readonly SnapshotMemo<string, IReadOnlyList<CoCitation>> _citedAlongside = new(StringComparer.Ordinal);

    /// <summary>
    /// Public authorities of a kind whose names contain <paramref name="query"/> or answer it by the search's own
    /// rules (<see cref="Core.Search.ISearchIndex.Names"/>: other scripts and spellings, as search matches them), all
    /// when null, in preferred-name order.
    /// </summary>
    public async Task<IReadOnlyList<Authority>> ListAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default)
    {
        var now = archive.Time.GetUtcNow();
        var cited = await CitedAsync(cancellationToken).ConfigureAwait(false);
        if (cited.Count == 0 || limit <= 0)
        {
            return [];
        }
        if (query is null)
        {
            return (await PageAsync(kind, 0, limit, int.MaxValue, cancellationToken).ConfigureAwait(false)).Items;
        }
        // Hidden authorities are interleaved with public ones in name order, so the cut comes after the filter.
        var found = (await archive.Store.Authorities.SearchAsync(kind, query, int.MaxValue, cancellationToken).ConfigureAwait(false))
            .Where(a => cited.Contains(a.Id)).ToList();
        // The store's search reads every spelling, a draft's too, and the text anywhere in it: an authority is found by a
        // spelling the public may see, holding the text at a word's start.
        var folded = NameFolding.Fold(query);
        // One view serves the filters and the answer: it is worked out for every authority the answer is taken from.
        var view = await ViewAsync(cited, found, now, cancellationToken).ConfigureAwait(false);
        found = [.. found.Where(a => view.PublicView(a).Names().Any(n => AuthorityFinder.Holds(NameFolding.Fold(n), folded)))];
        if (archive.Index is { } index)
        {
            var contained = found.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var all = await CitedOfKindAsync(kind, cancellationToken).ConfigureAwait(false);
            var answers = await index.Names.ReadAsync(query, cancellationToken).ConfigureAwait(false);
            // What the public sees of an authority is some of its names, so one that no name of answers is not found in
            // its public view either: the view, which asks the store which of the names' sources are hidden, is worked
            // out for the authorities some name of answers (it was for all 5,348 people of the 100 FRUS volumes).
            var answering = AuthorityFinder.Found(all, contained, answers).ToList();
            view = await ViewAsync(cited, answering, now, cancellationToken).ConfigureAwait(false);
            found = AuthorityFinder.Found(answering, contained, answers, view.PublicView).ToList();
        }
        return found.Take(limit).Select(view.PublicView).ToList();
    }

    /// <summary>
    /// One page of the public authorities of a kind in preferred-name order (<paramref name="offset"/> and
    /// <paramref name="limit"/> within the first <paramref name="max"/>), and how many there are, at most <paramref name="max"/>.
    /// </summary>
    public async Task<(IReadOnlyList<Authority> Items, int Total)> PageAsync(AuthorityKind kind, int offset, int limit, int max, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var cited = await CitedAsync(cancellationToken).ConfigureAwait(false);
        var count = await _counts.GetAsync(snapshot, kind, async k =>
            (await archive.Store.Authorities.IdsAsync(k, CancellationToken.None).ConfigureAwait(false)).Count(cited.Contains)).ConfigureAwait(false);
        var total = Math.Min(count, max);
        var end = (int)Math.Min(total, (long)offset + limit);
        if (offset >= end)
        {
            return ([], total);
        }
        var listed = (await PublicInNameOrderAsync(kind, cited, end, cancellationToken).ConfigureAwait(false)).Skip(offset).ToList();
        var view = await ViewAsync(cited, listed, archive.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return ([.. listed.Select(view.PublicView)], total);
    }

    /// <summary>What the public may see of <paramref name="authorities"/> (<see cref="PublicCitations"/>), told which collections the catalogue counts public records in.</summary>
    private async Task<PublicCitations> ViewAsync(IReadOnlySet<string> cited, IEnumerable<Authority> authorities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        return await PublicCitations.OfAsync(catalogue.Summaries, cited, snapshot.PublicCollections, authorities, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlySet<string>> CitedAsync(CancellationToken cancellationToken) =>
        await CitedAsync(await catalogue.GetAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    private Task<IReadOnlySet<string>> CitedAsync(CatalogueSnapshot snapshot) =>
        _cited.GetAsync(snapshot, true, _ => catalogue.Summaries.CitedAsync(snapshot.CountedAt, CancellationToken.None));

    private async Task<IReadOnlyList<Authority>> CitedOfKindAsync(AuthorityKind kind, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var cited = await CitedAsync(snapshot).ConfigureAwait(false);
        return await _citedOfKind.GetAsync(snapshot, kind, async k =>
            (IReadOnlyList<Authority>)[.. (await archive.Store.Authorities.SearchAsync(k, null, int.MaxValue, CancellationToken.None).ConfigureAwait(false)).Where(a => cited.Contains(a.Id))]).ConfigureAwait(false);
    }

    /// <summary>
    /// The first <paramref name="limit"/> cited authorities of a kind in preferred-name order, read a page at a time
    /// until they are found: reading all 17,788 people of the 100 FRUS volumes to show the first 50 took 0.2 s.
    /// </summary>
    private async Task<List<Authority>> PublicInNameOrderAsync(AuthorityKind kind, IReadOnlySet<string> cited, int limit, CancellationToken cancellationToken)
    {
        var found = new List<Authority>();
        var page = (int)Math.Clamp(2L * limit, 64, 4096);
        for (var offset = 0; found.Count < limit; offset += page)
        {
            var batch = await archive.Store.Authorities.ListAsync(kind, offset, page, cancellationToken).ConfigureAwait(false);
            found.AddRange(batch.Where(a => cited.Contains(a.Id)).Take(limit - found.Count));
            if (batch.Count < page)
            {
                break;
            }
        }
        return found;
    }

    /// <summary>A public authority of the kind with the count of the public records citing it, or null when there is none.</summary>
    public async Task<PublicAuthority?> FindAsync(AuthorityKind kind, string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 1000)
        {
            return null;
        }
        var now = archive.Time.GetUtcNow();
        var count = await catalogue.CountAsync(new CatalogueFilter { CitedBy = id }, cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return null;
        }
        var authority = await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (authority is null || authority.Kind != kind)
        {
            return null;
        }
        var view = await ViewAsync(new HashSet<string>(StringComparer.Ordinal) { id }, [authority], now, cancellationToken).ConfigureAwait(false);
        return new PublicAuthority(view.PublicView(authority), count);
    }

    /// <summary>
    /// A page of the public records citing <paramref name="found"/>: by date (undated last) or by id. A page reads only
    /// its own records: the pages of the most cited read every citing record's summary and showed them all at once (Dean
    /// Rusk's 4,423 documents in 1.2 MB of HTML, 0.3 s; Washington's 19,798 in 1.3 s, with the names cited beside them).
    /// </summary>
    public Task<IReadOnlyList<CatalogueEntry>> DocumentsAsync(PublicAuthority found, bool byDate, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        return catalogue.ListAsync(new CatalogueFilter { CitedBy = found.Authority.Id, InDateOrder = byDate }, offset, limit, cancellationToken);
    }

    /// <summary>
    /// The public people and places most often cited by the same public documents as <paramref name="found"/>,
    /// most shared first (at most <paramref name="limit"/> of each kind).
    /// </summary>
    public async Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(PublicAuthority found, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        // The documents are public, so every authority they cite is cited by a public record.
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var counts = await _citedAlongside.GetAsync(snapshot, found.Authority.Id, id => catalogue.Summaries.CitedAlongsideAsync(id, snapshot.CountedAt, CancellationToken.None)).ConfigureAwait(false);
        var chosen = new List<(Authority Authority, int Count)>();
        var perKind = new Dictionary<AuthorityKind, int>();
        foreach (var cited in counts)
        {
            if (perKind.Values.Sum() >= 2 * limit)
            {
                break;
            }
            var authority = await archive.Store.Authorities.FindAsync(cited.AuthorityId, cancellationToken).ConfigureAwait(false);
            if (authority is null || authority.Kind == AuthorityKind.Organisation || perKind.GetValueOrDefault(authority.Kind) >= limit)
            {
                continue;
            }
            perKind[authority.Kind] = perKind.GetValueOrDefault(authority.Kind) + 1;
            chosen.Add((authority, cited.Records));
        }
        var view = await ViewAsync(
            chosen.Select(c => c.Authority.Id).ToHashSet(StringComparer.Ordinal), chosen.Select(c => c.Authority), archive.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return [.. chosen.Select(c => new CoOccurrence(view.PublicView(c.Authority), c.Count))];
    }
}
