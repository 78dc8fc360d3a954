using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Versions;

/// <summary>
/// Record versions in <c>record_versions</c>, written in the same transaction as the record and its change-sequence
/// entry. The store's write transaction admits one writer at a time (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory
/// lock), so the check of the expected version and the write that follows it cannot interleave with another writer;
/// the primary key on (record, number) would refuse a second version n even if they could.
/// </summary>
internal sealed class VersionStore(ArchiveStore store, TimeProvider time) : IRecordVersions
{
    public async Task<VersionedWrite> WriteAsync(VersionedEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var record = edit.Record;
        if (string.IsNullOrEmpty(record.Id))
        {
            record.Id = RecordId.For(record.Source);
        }
        var transaction = (ImportTransaction)await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var db = transaction.Context;
            var stored = await StoredAsync(db, record.Id, cancellationToken).ConfigureAwait(false);
            var current = await CurrentAsync(db, record.Id, stored, cancellationToken).ConfigureAwait(false);
            if (stored is null && !edit.MustBeNew)
            {
                return new VersionedWrite(EditOutcome.NotFound, null);
            }
            var number = current?.Row.Number ?? 0;
            if ((edit.MustBeNew && stored is not null) || (edit.ExpectedVersion is { } expected && expected != number))
            {
                return new VersionedWrite(EditOutcome.Conflict, current is null ? null : ToVersion(current.Row));
            }

            var result = await transaction.UpsertRecordsAsync([record], cancellationToken).ConfigureAwait(false);
            if (current is { IsStored: false })
            {
                // The state the store reached without a versioned write is kept before the edit that replaces it.
                db.RecordVersions.Add(current.Row);
            }
            RecordVersionRow? written = null;
            if (result.Unchanged == 0)
            {
                // As the record's row was just written: its document made once as UTF-8, hashed and packed.
                var (document, hash) = RecordDocument.Write(record);
                written = new RecordVersionRow
                {
                    RecordId = record.Id,
                    Number = number + 1,
                    Author = edit.Author,
                    At = time.GetUtcNow(),
                    Action = edit.Action,
                    Status = record.Status,
                    ContentHash = hash,
                    Document = StoredDocument.Pack(document.Span),
                };
                db.RecordVersions.Add(written);
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return written is null
                ? new VersionedWrite(EditOutcome.Unchanged, current is null ? null : ToVersion(current.Row))
                : new VersionedWrite(EditOutcome.Saved, ToVersion(written));
        }
    }

    public async Task<RecordVersion?> CurrentAsync(string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var stored = await StoredAsync(db, recordId, cancellationToken).ConfigureAwait(false);
            var current = await CurrentAsync(db, recordId, stored, cancellationToken).ConfigureAwait(false);
            return current is null ? null : ToVersion(current.Row);
        }
    }

    public async Task<IReadOnlyList<RecordVersion>> ListAsync(string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.RecordVersions.Where(v => v.RecordId == recordId).OrderBy(v => v.Number)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var stored = await StoredAsync(db, recordId, cancellationToken).ConfigureAwait(false);
            var current = await CurrentAsync(db, recordId, stored, cancellationToken).ConfigureAwait(false);
            if (current is { IsStored: false })
            {
                rows.Add(current.Row);
            }
            return rows.Select(ToVersion).ToList();
        }
    }

    public async Task<RecordVersion?> GetAsync(string recordId, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.RecordVersions.Where(v => v.RecordId == recordId && v.Number == number)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (row is not null)
            {
                return ToVersion(row);
            }
            var stored = await StoredAsync(db, recordId, cancellationToken).ConfigureAwait(false);
            var current = await CurrentAsync(db, recordId, stored, cancellationToken).ConfigureAwait(false);
            return current is { IsStored: false } && current.Row.Number == number ? ToVersion(current.Row) : null;
        }
    }

    public async Task<IReadOnlySet<string>> EditedAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        if (recordIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var ids = recordIds.ToList();
            var edited = await db.RecordVersions.Where(v => ids.Contains(v.RecordId) && v.Action != EditAction.Imported)
                .Select(v => v.RecordId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            return edited.ToHashSet(StringComparer.Ordinal);
        }
    }

    public async Task<bool> PurgeAsync(string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var transaction = (ImportTransaction)await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var existed = await transaction.DeleteRecordAsync(recordId, cancellationToken).ConfigureAwait(false);
            await transaction.Context.RecordVersions.Where(v => v.RecordId == recordId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return existed;
        }
    }

    private static Task<StoredRecord?> StoredAsync(DossierContext db, string recordId, CancellationToken cancellationToken) =>
        db.Records.AsNoTracking().Where(r => r.Id == recordId)
            .Select(r => new StoredRecord(r.Document, r.ContentHash, r.Status, r.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The latest stored version, or the record's imported state as the next number when the store moved past it.</summary>
    private static async Task<Current?> CurrentAsync(DossierContext db, string recordId, StoredRecord? stored, CancellationToken cancellationToken)
    {
        var latest = await db.RecordVersions.AsNoTracking().Where(v => v.RecordId == recordId).OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return latest is null ? null : new Current(latest, IsStored: true);
        }
        if (latest is not null && string.Equals(latest.ContentHash, stored.ContentHash, StringComparison.Ordinal))
        {
            return new Current(latest, IsStored: true);
        }
        return new Current(new RecordVersionRow
        {
            RecordId = recordId,
            Number = (latest?.Number ?? 0) + 1,
            Author = "",
            At = stored.UpdatedAt,
            Action = EditAction.Imported,
            Status = stored.Status,
            ContentHash = stored.ContentHash,
            Document = stored.Document,
        }, IsStored: false);
    }

    private static RecordVersion ToVersion(RecordVersionRow row) =>
        new(row.RecordId, row.Number, row.Author, row.At, row.Action, row.Status, StoredDocument.Text(row.Document));

    private sealed record StoredRecord(byte[] Document, string ContentHash, RecordStatus Status, DateTimeOffset UpdatedAt);

    private sealed record Current(RecordVersionRow Row, bool IsStored);
}
