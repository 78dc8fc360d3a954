using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Authorities;

/// <summary>
/// The authorities the public may learn of: cited by a record public now, with the spellings and source keys seen
/// only in a hidden record (by archive or source record id) or a collection holding no public record left out.
/// Visibility is decided in .NET (<see cref="ArchiveRecord.IsPublicAt"/>'s rule), since the providers store instants differently.
/// </summary>
internal static class PublicAuthorities
{
    public static async Task<IReadOnlyList<Authority>> LoadAsync(DossierContext db, AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = await db.Records.AsNoTracking().Select(r => new { r.Id, r.SourceRecordId, r.Status, r.EmbargoUntil })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var publicIds = new HashSet<string>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.Status == RecordStatus.Published && (r.EmbargoUntil is null || r.EmbargoUntil <= now))
            {
                publicIds.Add(r.Id);
            }
            else
            {
                hidden.Add(r.Id);
                hidden.Add(r.SourceRecordId);
            }
        }
        var memberships = await db.RecordCollections.AsNoTracking().Select(m => new { m.RecordId, m.CollectionId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var publicCollections = memberships.Where(m => publicIds.Contains(m.RecordId)).Select(m => m.CollectionId).ToHashSet(StringComparer.Ordinal);
        hidden.UnionWith(memberships.Select(m => m.CollectionId).Where(c => !publicCollections.Contains(c)));

        var links = await db.RecordLinks.AsNoTracking().Where(l => l.AuthorityId != null).Select(l => new { l.RecordId, l.AuthorityId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var cited = links.Where(l => publicIds.Contains(l.RecordId)).Select(l => l.AuthorityId!).ToHashSet(StringComparer.Ordinal);
        var documents = await db.Authorities.AsNoTracking().Where(a => a.Kind == kind).OrderBy(a => a.PreferredName).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Document }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<Authority>();
        foreach (var row in documents.Where(d => cited.Contains(d.Id)))
        {
            var authority = AuthorityBatchWriter.Deserialize(row.Document);
            authority.Variants = authority.Variants.Where(v => v.Source is null || !hidden.Contains(v.Source)).ToList();
            authority.SourceKeys = authority.SourceKeys.Where(k => !hidden.Contains(k.Split('#')[0])).ToList();
            result.Add(authority);
        }
        return result;
    }
}
