using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Records;

/// <summary>
/// Fills the summary columns of rows stored before they existed (or by an older <see cref="RecordSummaryColumns.Version"/>):
/// each such record is read once, at the first open after the migration, a batch per transaction. Writes made since
/// fill their own columns, so a second open finds nothing to do.
/// </summary>
internal static class CatalogueBackfill
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(ArchiveStore store, CancellationToken cancellationToken)
    {
        var filled = 0;
        var after = "";
        while (true)
        {
            var db = store.CreateContext();
            await using (db.ConfigureAwait(false))
            {
                // Ordered by id from a cursor, so a row that cannot be filled is passed, never read again in a loop.
                var rows = await db.Records
                    .Where(r => r.SummaryVersion < RecordSummaryColumns.Version && r.Id.CompareTo(after) > 0)
                    .OrderBy(r => r.Id).Take(BatchSize)
                    .Select(r => new { r.Id, r.Document, r.ContentHash })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    return filled;
                }
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    foreach (var row in rows)
                    {
                        filled += await FillAsync(db, row.Id, row.Document, row.ContentHash, cancellationToken).ConfigureAwait(false);
                    }
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                after = rows[^1].Id;
            }
        }
    }

    private static async Task<int> FillAsync(DossierContext db, string id, byte[] document, string hash, CancellationToken cancellationToken)
    {
        var filled = new RecordRow();
        try
        {
            RecordSummaryColumns.Fill(filled, CatalogueJson.ToRecord(StoredDocument.Text(document)));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or NotSupportedException)
        {
            // An unreadable stored record stays out of the catalogue (never public there) rather than stopping the open.
            filled = new RecordRow { SummaryVersion = RecordSummaryColumns.Version };
        }
        // Only the row as read: one rewritten meanwhile has filled its own columns.
        var updated = await db.Records.Where(r => r.Id == id && r.ContentHash == hash)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.PublicFrom, filled.PublicFrom)
                .SetProperty(r => r.DateYear, filled.DateYear)
                .SetProperty(r => r.Repository, filled.Repository)
                .SetProperty(r => r.ArchivalPath, filled.ArchivalPath)
                .SetProperty(r => r.Summary, filled.Summary)
                .SetProperty(r => r.SummaryVersion, filled.SummaryVersion), cancellationToken).ConfigureAwait(false);
        if (updated > 0 && filled.Summary is not null)
        {
            var titles = SummaryDocumentTitles(filled.Summary);
            for (var i = 0; i < titles.Count; i++)
            {
                var position = i;
                var title = titles[i];
                await db.RecordCollections.Where(c => c.RecordId == id && c.Position == position)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, title), cancellationToken).ConfigureAwait(false);
            }
        }
        return updated;
    }

    private static List<string> SummaryDocumentTitles(string summary) =>
        SummaryDocument.Line("", "", summary).Collections.Select(c => c.Title).ToList();
}
