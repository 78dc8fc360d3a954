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

    /// <summary>
    /// Fewer rows are read into records on the caller's thread: a page's few records (a search's citations, an
    /// authority's citing records) are read while other requests hold the other cores.
    /// </summary>
    private const int ReadInParallelFrom = 64;

    /// <summary>
    /// Reads the records of <paramref name="wanted"/>, 500 rows a query. Unpacking and parsing a document is the cost of
    /// reading (some 100 µs a FRUS document; the index's catch-up of the 100 volumes spent 3.1 s of its 47 reading, on
    /// one core while the other waited): the documents of a query are read into records on every core once its rows are
    /// in. A big document (<see cref="ImportMemory.BigText"/> of UTF-8 or more) is read alone as it comes, so no more
    /// than one is held as JSON at a time.
    /// </summary>
    private async Task<(Dictionary<string, ArchiveRecord> Found, bool Big)> ReadManyAsync(List<string> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
        var big = false;
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = new List<(string Id, byte[] Document)>();
            foreach (var chunk in wanted.Chunk(500))
            {
                rows.Clear();
                await foreach (var row in db.Records.Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.Document })
                    .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (StoredDocument.Utf8Length(row.Document) >= ImportMemory.BigText)
                    {
                        big = true;
                        found[row.Id] = RecordRows.ToRecord(row.Document);
                    }
                    else
                    {
                        rows.Add((row.Id, row.Document));
                    }
                }
                ReadInto(found, rows, cancellationToken);
            }
        }
        return (found, big);
    }

    /// <summary>
    /// Reads rows' documents into records in <paramref name="found"/>, on every core from <see cref="ReadInParallelFrom"/>
    /// rows; a document that cannot be read fails the call with its own exception (the first in row order).
    /// </summary>
    private static void ReadInto(Dictionary<string, ArchiveRecord> found, List<(string Id, byte[] Document)> rows, CancellationToken cancellationToken)
    {
        var records = new ArchiveRecord[rows.Count];
        if (rows.Count < ReadInParallelFrom)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                records[i] = RecordRows.ToRecord(rows[i].Document);
            }
        }
        else
        {
            var failures = new Exception?[rows.Count];
            Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                try
                {
                    records[i] = RecordRows.ToRecord(rows[i].Document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures[i] = e;
                }
            });
            if (Array.Find(failures, f => f is not null) is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            found[rows[i].Id] = records[i];
        }
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
