using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Authorities;

/// <summary>
/// The authorities the public may learn of: cited by a record public now, with the spellings and source keys seen
/// only in a hidden record (by archive or source record id) or a collection holding no public record left out.
/// "Public now" is the records' summary column <c>public_from</c> (published, and the embargo's end or 0; see
/// <see cref="Records.RecordSummaryColumns.PublicFrom"/>), as the catalogue reads it, so the database answers which
/// authorities are cited and which records are hidden: reading every record, membership and link into memory took
/// 56 s and 2 GB for the first search of an archive of a million records (issue 9).
/// </summary>
internal static class PublicAuthorities
{
    public static async Task<IReadOnlyList<Authority>> LoadAsync(DossierContext db, AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticks = now.UtcTicks;
        var documents = await db.Authorities.AsNoTracking()
            .Where(a => a.Kind == kind)
            .Where(a => db.RecordLinks.Any(l => l.AuthorityId == a.Id && db.Records.Any(r => r.Id == l.RecordId && r.PublicFrom != null && r.PublicFrom <= ticks)))
            .OrderBy(a => a.PreferredName).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Document }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (documents.Count == 0)
        {
            return [];
        }
        var hiddenRecords = await db.Records.AsNoTracking().Where(r => r.PublicFrom == null || r.PublicFrom > ticks)
            .Select(r => new { r.Id, r.SourceRecordId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var hidden = hiddenRecords.SelectMany(r => new[] { r.Id, r.SourceRecordId }).ToHashSet(StringComparer.Ordinal);
        var emptyCollections = await db.RecordCollections.AsNoTracking().Select(m => m.CollectionId).Distinct()
            .Where(c => !db.RecordCollections.Any(m => m.CollectionId == c && db.Records.Any(r => r.Id == m.RecordId && r.PublicFrom != null && r.PublicFrom <= ticks)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        hidden.UnionWith(emptyCollections);
        var result = new List<Authority>(documents.Count);
        foreach (var row in documents)
        {
            var authority = AuthorityBatchWriter.Deserialize(row.Document);
            authority.Variants = authority.Variants.Where(v => v.Source is null || !hidden.Contains(v.Source)).ToList();
            authority.SourceKeys = authority.SourceKeys.Where(k => !hidden.Contains(k.Split('#')[0])).ToList();
            result.Add(authority);
        }
        return result;
    }
}
