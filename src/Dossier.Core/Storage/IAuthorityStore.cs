using System.Runtime.CompilerServices;
using Dossier.Core.Authorities;

namespace Dossier.Core.Storage;

/// <summary>Authority records for people, organisations and places.</summary>
public interface IAuthorityStore
{
    /// <summary>Writes the authorities in one transaction, merging variants and source keys into existing ones with the same id.</summary>
    Task UpsertAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default);

    Task<Authority?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every authority in id order (for export). The default gathers them through <see cref="SearchAsync"/>; stores stream them.</summary>
    async IAsyncEnumerable<Authority> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var all = new List<Authority>();
        foreach (var kind in Enum.GetValues<AuthorityKind>())
        {
            all.AddRange(await SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false));
        }
        foreach (var authority in all.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            yield return authority;
        }
    }

    /// <summary>Authorities of a kind whose preferred name or a variant contains <paramref name="query"/>, compared case- and accent-insensitively, in preferred-name order (all when null).</summary>
    Task<IReadOnlyList<Authority>> SearchAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default);

    /// <summary>The ids of every authority of a kind, in no particular order.</summary>
    async Task<IReadOnlyList<string>> IdsAsync(AuthorityKind kind, CancellationToken cancellationToken = default) =>
        [.. (await SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false)).Select(a => a.Id)];

    /// <summary>Authorities of a kind in preferred-name order, at most <paramref name="limit"/> after the first <paramref name="offset"/>: a list read a page at a time.</summary>
    async Task<IReadOnlyList<Authority>> ListAsync(AuthorityKind kind, int offset, int limit, CancellationToken cancellationToken = default) =>
        [.. (await SearchAsync(kind, null, (int)Math.Min(int.MaxValue, (long)offset + limit), cancellationToken).ConfigureAwait(false)).Skip(offset)];

    /// <summary>
    /// Authorities of a kind cited by a record public at <paramref name="now"/>, without the spellings seen only in
    /// records or collections that are not public: what search may expand queries with and label facets by, so
    /// nothing of a draft leaks. Stores that cannot tell return nothing.
    /// </summary>
    Task<IReadOnlyList<Authority>> PublicAsync(AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Authority>>([]);

    /// <summary>Ids of the records that link to the authority.</summary>
    Task<IReadOnlyList<string>> RecordIdsCitingAsync(string authorityId, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
