using System.Runtime.CompilerServices;
using Dossier.Core.Importing;
using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Records;

internal sealed class RecordStore(ArchiveStore store) : IRecordStore
{
    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) =>
        store.WriteAsync(t => t.UpsertRecordsAsync(records, cancellationToken), cancellationToken);

    public async Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrSourceRecordId);
        var document = await store.RecordDocumentAsync(idOrSourceRecordId.Trim(), cancellationToken).ConfigureAwait(false);
        return document is null ? null : RecordRows.ToRecord(document);
    }

    public async Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var (found, big) = await ReadManyAsync(wanted, cancellationToken).ConfigureAwait(false);
        if (big)
        {
            // A big document's JSON and its UTF-8 copies are dead once read (here, where the reading method no longer
            // holds the last row): free them before the caller (the indexing) works on the record.
            ImportMemory.Release();
        }
        // In the order asked for, missing ids left out.
        return wanted.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private async Task<(Dictionary<string, ArchiveRecord> Found, bool Big)> ReadManyAsync(List<string> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
        var big = false;
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            foreach (var chunk in wanted.Chunk(500))
            {
                // Each document is read into its record as it comes, so no more than one is held as JSON at a time.
                await foreach (var row in db.Records.Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.Document })
                    .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var document = StoredDocument.Text(row.Document);
                    big |= document.Length >= ImportMemory.BigText;
                    found[row.Id] = RecordRows.ToRecord(document);
                }
            }
        }
        return (found, big);
    }

    public async IAsyncEnumerable<ArchiveRecord> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var row in db.Records.OrderBy(r => r.Id).Select(r => new { r.Id, r.Document }).AsAsyncEnumerable()
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArchiveRecord record;
                try
                {
                    record = RecordRows.ToRecord(row.Document);
                }
                catch (Exception e) when (UnreadableRecords.IsDocumentProblem(e))
                {
                    // Strict callers (backup, migrate) stop, but say which record stopped them.
                    throw new InvalidDataException($"record {RecordLimits.Abbreviate(row.Id)}: {UnreadableRecords.Reason(e)}", e);
                }
                yield return record;
            }
        }
    }

    public async IAsyncEnumerable<ArchiveRecord> StreamReadableAsync(Action<SkippedRecord> unreadable,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var row in db.Records.OrderBy(r => r.Id).Select(r => new { r.Id, r.Document }).AsAsyncEnumerable()
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (UnreadableRecords.TryRead(row.Id, row.Document, RecordRows.ToRecord, unreadable) is { } record)
                {
                    yield return record;
                }
            }
        }
    }

    public async IAsyncEnumerable<ArchiveRecord> StreamCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var row in db.Records.OrderBy(r => r.Id).Select(r => new { r.Id, r.Document }).AsAsyncEnumerable()
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // A record that cannot be read has no catalogue entry; the index reports it (`dossier check`).
                if (UnreadableRecords.TryRead(row.Id, row.Document, CatalogueJson.ToRecord, static _ => { }) is { } record)
                {
                    yield return record;
                }
            }
        }
    }

    public async IAsyncEnumerable<RecordNameSieve> StreamNameSievesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var row in db.Records.OrderBy(r => r.Id).Select(r => new RecordNameSieve(r.Id, r.NameSieve)).AsAsyncEnumerable()
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    public async Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            // Columns only, no documents: a listing page must not load full texts.
            var rows = await db.Records.OrderBy(r => r.Id).Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))
                .Select(r => new RecordRow
                {
                    Id = r.Id,
                    SourceRecordId = r.SourceRecordId,
                    Title = r.Title,
                    DateValue = r.DateValue,
                    DatePrecision = r.DatePrecision,
                    DateStart = r.DateStart,
                    DateEnd = r.DateEnd,
                    Status = r.Status,
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(RecordRows.ToSummary).ToList();
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.Records.CountAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        store.WriteAsync(t => t.DeleteRecordAsync(id, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.RecordChanges.Where(c => c.Sequence > afterSequence).OrderBy(c => c.Sequence).Take(Math.Max(0, limit))
                .Select(c => new RecordChange(c.Sequence, c.RecordId, c.Kind))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => store.LastSequenceAsync(cancellationToken);
}
