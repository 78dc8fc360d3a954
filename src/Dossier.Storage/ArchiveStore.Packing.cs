using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

public partial class ArchiveStore
{
    private const int PackingBatch = 500;

    /// <summary>
    /// Packs the documents of rows written before documents were packed (<see cref="StoredDocument"/>), in
    /// <c>records</c> and <c>record_versions</c>, a batch per write transaction, and returns how many. A document packed
    /// holds the same record: the content hash, the change sequence and the index stay as they are. A row rewritten
    /// meanwhile (another hash) is left to its writer, who packed it.
    /// </summary>
    public async Task<int> PackDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var packed = 0;
        var after = "";
        while (true)
        {
            List<(string Id, string Hash, byte[] Document)> rows;
            var db = CreateContext();
            await using (db.ConfigureAwait(false))
            {
                rows = (await db.Records.AsNoTracking().Where(r => r.Id.CompareTo(after) > 0).OrderBy(r => r.Id).Take(PackingBatch)
                    .Select(r => new { r.Id, r.ContentHash, r.Document }).ToListAsync(cancellationToken).ConfigureAwait(false))
                    .Select(r => (r.Id, r.ContentHash, r.Document)).ToList();
            }
            if (rows.Count == 0)
            {
                break;
            }
            after = rows[^1].Id;
            var loose = rows.Where(r => !StoredDocument.IsPacked(r.Document)).ToList();
            if (loose.Count == 0)
            {
                continue;
            }
            var transaction = (ImportTransaction)await BeginImportAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var (id, hash, document) in loose)
                {
                    var bytes = StoredDocument.Pack(document);
                    packed += await transaction.Context.Records.Where(r => r.Id == id && r.ContentHash == hash)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.Document, bytes), cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return packed + await PackVersionsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The versions' documents, as <see cref="PackDocumentsAsync"/> packs the records' (an edited archive holds a few per record).</summary>
    private async Task<int> PackVersionsAsync(CancellationToken cancellationToken)
    {
        var packed = 0;
        var transaction = (ImportTransaction)await BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var versions = await transaction.Context.RecordVersions.AsNoTracking().Select(v => new { v.RecordId, v.Number, v.Document })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var version in versions.Where(v => !StoredDocument.IsPacked(v.Document)))
            {
                var bytes = StoredDocument.Pack(version.Document);
                packed += await transaction.Context.RecordVersions.Where(v => v.RecordId == version.RecordId && v.Number == version.Number)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Document, bytes), cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return packed;
    }
}
