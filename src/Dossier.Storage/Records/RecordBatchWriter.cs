using Dossier.Core.Importing;
using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Records;

/// <summary>
/// Writes a batch of records inside an open transaction with a fixed number of round trips: one query for the
/// rows already stored, deletes of the rows of rewritten records, and one prepared insert per table (see <see cref="RowInserter"/>).
/// </summary>
internal static class RecordBatchWriter
{
    public static async Task<UpsertResult> UpsertAsync(
        DossierContext db, IReadOnlyList<ArchiveRecord> records, ImportLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return new UpsertResult(0, 0, 0, []);
        }
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            if (string.IsNullOrEmpty(record.Id))
            {
                record.Id = RecordId.For(record.Source);
            }

            // The one guard on every record write: what the index cannot hold never reaches the store.
            RecordLimits.Enforce(record, limits);
        }

        var ids = records.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
        var sourceIds = records.Select(r => r.Source.RecordId).Distinct(StringComparer.Ordinal).ToList();
        var stored = await db.Records.AsNoTracking()
            .Where(r => ids.Contains(r.Id) || sourceIds.Contains(r.SourceRecordId))
            .Select(r => new Stored(r.Id, r.SourceArchive, r.SourceRecordId, r.ContentHash, r.CreatedAt, r.NameSieve))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = stored.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var bySource = new Dictionary<string, Stored>(StringComparer.Ordinal);
        foreach (var s in stored)
        {
            bySource[SourceKey(s.SourceArchive, s.SourceRecordId)] = s;
        }

        int inserted = 0, updated = 0, unchanged = 0;
        var resultIds = new List<string>(records.Count);
        // Rows to write by id, in first-seen order; a later copy of the same record in the batch replaces an earlier one.
        var pending = new Dictionary<string, RecordRow>(StringComparer.Ordinal);
        var written = new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
        var pendingBySource = new Dictionary<string, string>(StringComparer.Ordinal);
        var replacedIds = new List<string>();
        var sieves = new List<(string Id, byte[] Sieve)>();
        foreach (var record in records)
        {
            // The stored row of the same source keeps its id: the archive's ids are stable.
            var sourceKey = SourceKey(record.Source.Archive, record.Source.RecordId);
            if (!byId.TryGetValue(record.Id, out var existing)
                && bySource.TryGetValue(sourceKey, out existing))
            {
                record.Id = existing.Id;
            }
            else if (existing is null && !pending.ContainsKey(record.Id) && pendingBySource.TryGetValue(sourceKey, out var earlierId))
            {
                record.Id = earlierId;
            }
            pendingBySource.TryAdd(sourceKey, record.Id);
            var (document, hash) = RecordDocument.Write(record);
            resultIds.Add(record.Id);

            if (pending.TryGetValue(record.Id, out var earlier))
            {
                if (earlier.ContentHash == hash)
                {
                    unchanged++;
                    continue;
                }
                RecordRows.Fill(earlier, record, document, hash, existing?.NameSieve);
                written[record.Id] = record;
                updated++;
                continue;
            }
            if (existing is not null && existing.ContentHash == hash)
            {
                if (existing.NameSieve is null && NameSieve.Fits(record, record.NameSieve) is { } sieve)
                {
                    // Stored before sieves were: the recogniser's sieve of the same texts is kept now.
                    sieves.Add((record.Id, sieve));
                }
                unchanged++;
                continue;
            }

            var row = new RecordRow { CreatedAt = existing?.CreatedAt ?? now, UpdatedAt = now };
            RecordRows.Fill(row, record, document, hash, existing?.NameSieve);
            pending[record.Id] = row;
            written[record.Id] = record;
            if (existing is null)
            {
                inserted++;
            }
            else
            {
                replacedIds.Add(row.Id);
                updated++;
            }
        }

        if (replacedIds.Count > 0)
        {
            // A rewritten record is deleted and inserted again with its query-table rows: every write is an insert.
            await db.RecordLinks.Where(l => replacedIds.Contains(l.RecordId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await db.RecordCollections.Where(c => replacedIds.Contains(c.RecordId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await db.Records.Where(r => replacedIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        long? cacheSize = null;
        if (ImportMemory.AnyBig(written.Values))
        {
            // The UTF-8 form a big document was made from is dead: free it before the database makes its own copy.
            ImportMemory.Release();
            cacheSize = await BigRecordCache.LowerAsync(db, cancellationToken).ConfigureAwait(false);
        }
        await RowInserter.InsertAsync(db, pending.Values, cancellationToken).ConfigureAwait(false);
        // After a failure the transaction is rolled back and its context dropped; a connection opened again gets the usual limit.
        await BigRecordCache.RestoreAsync(db, cacheSize, cancellationToken).ConfigureAwait(false);
        await RowInserter.InsertAsync(db, written.Values.SelectMany(RecordRows.Links).ToList(), cancellationToken).ConfigureAwait(false);
        await RowInserter.InsertAsync(db, written.Values.SelectMany(RecordRows.Collections).ToList(), cancellationToken).ConfigureAwait(false);
        var changes = pending.Keys.Select(id => new RecordChangeRow { RecordId = id, Kind = RecordChangeKind.Upserted, At = now }).ToList();
        await RowInserter.InsertAsync(db, changes, cancellationToken).ConfigureAwait(false);
        // Read in this transaction: nothing wrote them since.
        await KeepNameSievesAsync(db, sieves, long.MaxValue, cancellationToken).ConfigureAwait(false);
        return new UpsertResult(inserted, updated, unchanged, resultIds);
    }

    /// <summary>
    /// Stores name sieves for records that have none, without writing the records again (no change is recorded: the
    /// documents are the same), unless a record was written after <paramref name="readAt"/>, since its sieve was made
    /// from the texts read then: every write appends to the change sequence in its transaction.
    /// </summary>
    public static async Task KeepNameSievesAsync(DossierContext db, IReadOnlyList<(string Id, byte[] Sieve)> sieves, long readAt, CancellationToken cancellationToken)
    {
        foreach (var (id, sieve) in sieves)
        {
            await db.Records.Where(r => r.Id == id && r.NameSieve == null && !db.RecordChanges.Any(c => c.Sequence > readAt && c.RecordId == id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NameSieve, sieve), cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<bool> DeleteAsync(DossierContext db, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Explicit deletes rather than ON DELETE CASCADE alone, so nothing depends on a connection setting.
        await db.RecordLinks.Where(l => l.RecordId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.RecordCollections.Where(c => c.RecordId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await db.Records.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            return false;
        }
        db.RecordChanges.Add(new RecordChangeRow { RecordId = id, Kind = RecordChangeKind.Deleted, At = now });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return true;
    }

    private static string SourceKey(string archive, string recordId) => archive + "\n" + recordId;

    private sealed record Stored(string Id, string SourceArchive, string SourceRecordId, string ContentHash, DateTimeOffset CreatedAt, byte[]? NameSieve);
}
