using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Authorities;

/// <summary>
/// The authorities the public may learn of: cited by a record public now, with the spellings and source keys seen
/// only in a hidden record (by archive or source record id) or a collection holding no public record left out.
/// "Public now" is <see cref="PublicRecords"/>' rule, as the catalogue reads it, so the database answers which
/// authorities are cited and which of the sources they name are hidden: reading every record, membership and link into
/// memory took 56 s and 2 GB for the first search of an archive of a million records (issue 9).
/// </summary>
internal static class PublicAuthorities
{
    public static async Task<IReadOnlyList<Authority>> LoadAsync(DossierContext db, AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticks = now.UtcTicks;
        var documents = await db.Authorities.AsNoTracking()
            .Where(a => a.Kind == kind)
            .Where(a => db.RecordLinks.Any(l => l.AuthorityId == a.Id && db.Records.PublicAt(ticks).Any(r => r.Id == l.RecordId)))
            .OrderBy(a => a.PreferredName).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Document }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var authorities = documents.ConvertAll(d => AuthorityBatchWriter.Deserialize(d.Document));
        // Only the sources the authorities name are asked about, not every hidden record of the archive.
        var sources = authorities.SelectMany(a => a.Variants.Select(v => v.Source).OfType<string>().Concat(a.SourceKeys.Select(SourceOf)));
        var hidden = await PublicRecords.HiddenAsync(db, sources, ticks, null, cancellationToken).ConfigureAwait(false);
        foreach (var authority in authorities)
        {
            authority.Variants = authority.Variants.Where(v => v.Source is null || !hidden.Contains(v.Source)).ToList();
            authority.SourceKeys = authority.SourceKeys.Where(k => !hidden.Contains(SourceOf(k))).ToList();
        }
        return authorities;
    }

    /// <summary>The record or collection a source key ("source#key") comes from.</summary>
    private static string SourceOf(string sourceKey) => sourceKey.Split('#')[0];
}
