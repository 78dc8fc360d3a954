using System.Runtime.CompilerServices;
using Dossier.Core.Authorities;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Authorities;

internal sealed class AuthorityStore(ArchiveStore store) : IAuthorityStore
{
    public Task UpsertAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async t =>
        {
            await t.UpsertAuthoritiesAsync(authorities, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<Authority?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var document = await db.Authorities.Where(a => a.Id == id).Select(a => a.Document)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return document is null ? null : AuthorityBatchWriter.Deserialize(document);
        }
    }

    public async IAsyncEnumerable<Authority> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var document in db.Authorities.OrderBy(a => a.Id).Select(a => a.Document).AsAsyncEnumerable()
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return AuthorityBatchWriter.Deserialize(document);
            }
        }
    }

    public async Task<IReadOnlyList<Authority>> SearchAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var folded = string.IsNullOrWhiteSpace(query) ? "" : NameFolding.Fold(query);
            if (folded.Length == 0)
            {
                var documents = await db.Authorities.Where(a => a.Kind == kind).OrderBy(a => a.PreferredName).ThenBy(a => a.Id).Take(Math.Max(0, limit))
                    .Select(a => a.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
                return documents.Select(AuthorityBatchWriter.Deserialize).ToList();
            }
            // The names holding the text first (string.Contains becomes instr() on SQLite and strpos() on PostgreSQL: no
            // LIKE wildcards to escape), then their authorities by id: asked the other way round, SQLite walked every
            // authority of the kind and looked each name up (about 20 ms a finder query for the 5,348 people of the 100
            // FRUS volumes; 2 ms this way). The kind is told apart after the authorities are read, in their order, since
            // with it in the query SQLite walks the kind's index again.
            var ids = await db.AuthorityNames.Where(n => n.FoldedName.Contains(folded)).Select(n => n.AuthorityId).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0 || limit <= 0)
            {
                return [];
            }
            var rows = await db.Authorities.Where(a => ids.Contains(a.Id)).OrderBy(a => a.PreferredName).ThenBy(a => a.Id)
                .Select(a => new { a.Kind, a.Document }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Where(r => r.Kind == kind).Take(limit).Select(r => AuthorityBatchWriter.Deserialize(r.Document)).ToList();
        }
    }

    public async Task<IReadOnlyList<string>> IdsAsync(AuthorityKind kind, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.Authorities.Where(a => a.Kind == kind).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<Authority>> ListAsync(AuthorityKind kind, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var documents = await db.Authorities.Where(a => a.Kind == kind).OrderBy(a => a.PreferredName).ThenBy(a => a.Id)
                .Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))
                .Select(a => a.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
            return documents.Select(AuthorityBatchWriter.Deserialize).ToList();
        }
    }

    public async Task<IReadOnlyList<Authority>> PublicAsync(AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await PublicAuthorities.LoadAsync(db, kind, now, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<string>> RecordIdsCitingAsync(string authorityId, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.RecordLinks.Where(l => l.AuthorityId == authorityId).Select(l => l.RecordId).Distinct().OrderBy(id => id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        store.WriteAsync(t => t.DeleteAuthorityAsync(id, cancellationToken), cancellationToken);
}
