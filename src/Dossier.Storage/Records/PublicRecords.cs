using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Records;

/// <summary>
/// Which records the public sees, read from the summary column <c>public_from</c> (published, and the embargo's end
/// or 0; see <see cref="RecordSummaryColumns.PublicFrom"/>): one rule for the catalogue, the citations and the
/// public authorities. SQLite's document-page reads (<see cref="Providers.Sqlite.PageStatements"/>) and the list of cited authorities
/// (<see cref="ArchiveStore.CitedAsync"/>) write the same rule in SQL;
/// the catalogue's contract tests hold both providers to it.
/// </summary>
internal static class PublicRecords
{
    /// <summary>The records public at <paramref name="ticks"/> (UTC).</summary>
    public static IQueryable<RecordRow> PublicAt(this IQueryable<RecordRow> records, long ticks) =>
        records.Where(r => r.PublicFrom != null && r.PublicFrom <= ticks);

    /// <summary>
    /// The title and date columns of the records among the ids that are public at the ticks, as one compiled query: its
    /// store compiles it once (a compiled query serves one model), where a query written with <see cref="PublicAt"/> was
    /// translated again on every document page, which names its neighbours by them (about a tenth of the page's CPU).
    /// <see cref="PublicAt"/>'s rule is written out: a compiled query cannot call it.
    /// </summary>
    public static Func<DossierContext, string[], long, IAsyncEnumerable<CatalogueTitle>> CompileTitles() =>
        EF.CompileAsyncQuery((DossierContext db, string[] ids, long ticks) =>
            db.Records.Where(r => r.PublicFrom != null && r.PublicFrom <= ticks && ids.Contains(r.Id))
                .Select(r => new CatalogueTitle(r.Id, r.Title, RecordRows.DateOf(r.DateValue, r.DatePrecision, r.DateStart, r.DateEnd))));

    /// <summary>
    /// Which of <paramref name="sources"/> (record ids, source record ids, collection ids) name something the public
    /// must not learn of at <paramref name="ticks"/>: a record not public then, or a collection holding no record that is.
    /// The collections of <paramref name="publicCollections"/> are known to hold a public record then, and not looked up.
    /// </summary>
    public static async Task<HashSet<string>> HiddenAsync(DossierContext db, IEnumerable<string> sources, long ticks, IReadOnlySet<string>? publicCollections, CancellationToken cancellationToken)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in sources.Distinct(StringComparer.Ordinal).Chunk(ArchiveStore.MaxParameters))
        {
            var records = await db.Records.Where(r => chunk.Contains(r.Id) || chunk.Contains(r.SourceRecordId))
                .Where(r => r.PublicFrom == null || r.PublicFrom > ticks)
                .Select(r => new { r.Id, r.SourceRecordId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            hidden.UnionWith(records.SelectMany(r => new[] { r.Id, r.SourceRecordId }).Where(chunk.Contains));
            // A collection is shown by its first public record, looked for one collection at a time: counting them all
            // read every record's row, whose public_from stands after the document (see ArchiveStore.CitedAsync).
            var collections = await db.RecordCollections.Where(c => chunk.Contains(c.CollectionId)).Select(c => c.CollectionId).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var collection in collections.Where(c => publicCollections?.Contains(c) != true))
            {
                if (!await db.RecordCollections.Where(c => c.CollectionId == collection)
                    .AnyAsync(c => db.Records.PublicAt(ticks).Any(r => r.Id == c.RecordId), cancellationToken).ConfigureAwait(false))
                {
                    hidden.Add(collection);
                }
            }
        }
        return hidden;
    }
}
