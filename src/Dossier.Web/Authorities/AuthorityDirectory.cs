using Dossier.Core.Authorities;
using Dossier.Core.Composition;
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
    /// Public authorities of a kind whose names contain <paramref name="query"/> or answer it by the search's own
    /// rules (<see cref="Core.Search.ISearchIndex.Names"/>: other scripts and spellings, as search matches them), all
    /// when null, in preferred-name order.
    /// </summary>
    public async Task<IReadOnlyList<Authority>> ListAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default)
    {
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        if (view.Citing.Count == 0 || limit <= 0)
        {
            return [];
        }
        // Hidden authorities are interleaved with public ones in name order, so the cut comes after the filter.
        var found = await archive.Store.Authorities.SearchAsync(kind, query, int.MaxValue, cancellationToken).ConfigureAwait(false);
        if (query is not null && archive.Index is { } index)
        {
            var contained = found.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var all = await archive.Store.Authorities.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
            found = all.Where(a => contained.Contains(a.Id) || (view.Citing.ContainsKey(a.Id) && NamesOf(view.PublicView(a)).Any(n => index.Names.Matches(query, n)))).ToList();
        }
        return found.Where(a => view.Citing.ContainsKey(a.Id)).Take(limit).Select(view.PublicView).ToList();
    }

    /// <summary>A public authority of the kind with the public records citing it (in id order), or null when there is none.</summary>
    public async Task<PublicAuthority?> FindAsync(AuthorityKind kind, string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 1000)
        {
            return null;
        }
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        if (!view.Citing.TryGetValue(id, out var documents))
        {
            return null;
        }
        var authority = await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return authority is null || authority.Kind != kind ? null : new PublicAuthority(view.PublicView(authority), documents);
    }

    private static IEnumerable<string> NamesOf(Authority authority) =>
        authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName);
    /// <summary>
    /// The public people and places most often cited by the same public documents as <paramref name="found"/>,
    /// most shared first (at most <paramref name="limit"/> of each kind).
    /// </summary>
    public async Task<IReadOnlyList<CoOccurrence>> CoOccurringAsync(PublicAuthority found, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        var view = await ViewAsync(cancellationToken).ConfigureAwait(false);
        var counts = found.Documents.SelectMany(d => d.AuthorityIds.Distinct(StringComparer.Ordinal))
            .Where(id => !string.Equals(id, found.Authority.Id, StringComparison.Ordinal) && view.Citing.ContainsKey(id))
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        var result = new List<CoOccurrence>();
        var perKind = new Dictionary<AuthorityKind, int>();
        foreach (var group in counts)
        {
            if (perKind.Values.Sum() >= 2 * limit)
            {
                break;
            }
            var authority = await archive.Store.Authorities.FindAsync(group.Key, cancellationToken).ConfigureAwait(false);
            if (authority is null || authority.Kind == AuthorityKind.Organisation || perKind.GetValueOrDefault(authority.Kind) >= limit)
            {
                continue;
            }
            perKind[authority.Kind] = perKind.GetValueOrDefault(authority.Kind) + 1;
            result.Add(new CoOccurrence(view.PublicView(authority), group.Count()));
        }
        return result;
    }

    private async Task<PublicCitations> ViewAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        return PublicCitations.Of(snapshot, archive.Time.GetUtcNow());
    }
}
