using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Importing;

/// <summary>
/// Imports files into the store: each file in one transaction, so a bad file writes nothing and
/// the good ones still land. Readers stream; records are written in batches inside the transaction.
/// </summary>
public sealed class ImportService(IArchiveStore store, IEnumerable<IRecordReader> readers)
{
    private readonly IReadOnlyList<IRecordReader> _readers = readers.ToList();

    public IReadOnlyList<string> Formats => _readers.Select(r => r.Format).ToList();

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new ImportReport();
        var files = ImportFiles.Expand(paths, report.Failed);
        var names = options.RecognizeNames && files.Count > 0 ? await Names.NameLinker.LoadAsync(store.Authorities, cancellationToken).ConfigureAwait(false) : null;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ImportFileAsync(files[i], i, files.Count, options, names, report, progress, cancellationToken).ConfigureAwait(false);
        }
        return report;
    }

    private async Task ImportFileAsync(
        string file, int index, int count, ImportOptions options, Names.NameLinker? names, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var length = new FileInfo(file).Length;
        var head = FileSniffer.ReadHead(file);
        var rejection = FileSniffer.Reject(head, length);
        var reader = rejection is null ? Choose(file, head, options.Format, out rejection) : null;
        if (reader is null)
        {
            report.Failed.Add(new ImportFailure(file, null, null, null, rejection!));
            return;
        }

        // Dossier's own JSON Lines is lossless: a record keeps the alignment and the name links it carries (or none),
        // so an export imported again exports the same bytes. Records from other formats are aligned and linked here.
        var own = string.Equals(reader.Format, "jsonl", StringComparison.Ordinal);
        var sink = new BufferingSink(options.BatchSize) { Align = !own, Names = own ? null : names };
        var source = new ImportSource(file, () => File.OpenRead(file))
        {
            Options = options.ReaderOptions,
            Progress = progress is null ? null : new Progress(bytes => progress.Report(new ImportProgress(file, length, bytes, sink.RecordsRead, index, count))),
        };
        try
        {
            await using var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
            sink.Transaction = transaction;
            await reader.ReadAsync(source, sink, cancellationToken).ConfigureAwait(false);
            // The rest of the import (the last batch, the commit, relinking, indexing) runs clear of the reader's frames.
            await ImportMemory.LeaveReaderStack();
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (sink.RecordsRead == 0 && sink.AuthoritiesRead == 0)
            {
                report.Failed.Add(new ImportFailure(file, null, null, null, $"no records found in this {reader.Format} file"));
                return;
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ImportException e)
        {
            report.Failed.Add(new ImportFailure(file, e.Line, e.Column, e.Field, e.Problem));
            return;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            report.Failed.Add(new ImportFailure(file, null, null, null, "the file's text defeats a pattern (it took too long to read); nothing of it was imported"));
            return;
        }
        catch (System.Text.DecoderFallbackException e)
        {
            report.Failed.Add(new ImportFailure(file, null, null, null, "the file is not valid UTF-8: " + e.Message));
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A store error (a conflicting identity, a full disk) fails this file, rolled back; the others still import.
            report.Failed.Add(new ImportFailure(file, null, null, null, $"not imported: {e.GetType().Name}: {e.Message}"));
            return;
        }
        report.Files++;
        report.Bytes += length;
        report.Imported += sink.Inserted;
        report.Updated += sink.Updated;
        report.Unchanged += sink.Unchanged;
        report.Ids.AddRange(sink.Ids);
        if (own)
        {
            report.KeptLinks.AddRange(sink.Ids);
        }
        progress?.Report(new ImportProgress(file, length, length, sink.RecordsRead, index, count) { Stored = true });
    }

    private IRecordReader? Choose(string file, byte[] head, string format, out string? problem)
    {
        problem = null;
        if (!string.Equals(format, "auto", StringComparison.Ordinal))
        {
            var named = _readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal));
            if (named is null)
            {
                problem = $"unknown format '{format}' (known: {string.Join(", ", Formats)})";
            }
            return named;
        }
        var found = _readers.FirstOrDefault(r => r.CanRead(file, head));
        if (found is null)
        {
            problem = $"not a record in any format Dossier reads ({string.Join(", ", Formats)})";
        }
        return found;
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class BufferingSink(int batchSize) : IImportSink
    {
        private readonly List<ArchiveRecord> _records = [];
        private readonly List<Authority> _authorities = [];
        private readonly List<Collection> _collections = [];

        public IImportTransaction? Transaction { get; set; }

        public bool Align { get; init; }
        public Names.NameLinker? Names { get; init; }

        public int RecordsRead { get; private set; }

        public int AuthoritiesRead { get; private set; }

        public int Inserted { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        public List<string> Ids { get; } = [];

        public async ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(record);
            if (string.IsNullOrEmpty(record.Id))
            {
                record.Id = RecordId.For(record.Source);
            }
            if (Align)
            {
                Alignment.RecordAligner.Align(record);
            }
            _records.Add(record);
            RecordsRead++;
            if (record.Layers.Exists(l => l.Text is { Length: >= ImportMemory.BigText }))
            {
                // What the reader built the big text from (its buffers, its cell or line) is dead now.
                ImportMemory.Release();
            }
            if (_records.Count >= batchSize)
            {
                await FlushRecordsAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default)
        {
            _authorities.Add(authority);
            Names?.Learn(authority);
            AuthoritiesRead++;
            return ValueTask.CompletedTask;
        }

        public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default)
        {
            _collections.Add(collection);
            return ValueTask.CompletedTask;
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            // Authorities and collections first: records link to them.
            if (_collections.Count > 0)
            {
                await Transaction!.UpsertCollectionsAsync(_collections, cancellationToken).ConfigureAwait(false);
                _collections.Clear();
            }
            if (_authorities.Count > 0)
            {
                await Transaction!.UpsertAuthoritiesAsync(_authorities, cancellationToken).ConfigureAwait(false);
                _authorities.Clear();
            }
            await FlushRecordsAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task FlushRecordsAsync(CancellationToken cancellationToken)
        {
            if (_records.Count == 0)
            {
                return;
            }
            if (Names?.Link(_records) is { Count: > 0 } named)
            {
                await Transaction!.UpsertAuthoritiesAsync(named, cancellationToken).ConfigureAwait(false);
            }
            if (Names is not null && ImportMemory.AnyBig(_records))
            {
                // Recognising names in a big text leaves its tokens behind.
                ImportMemory.Release();
            }
            var result = await Transaction!.UpsertRecordsAsync(_records, cancellationToken).ConfigureAwait(false);
            Inserted += result.Inserted;
            Updated += result.Updated;
            Unchanged += result.Unchanged;
            Ids.AddRange(result.Ids);
            var big = ImportMemory.AnyBig(_records);
            _records.Clear();
            if (big)
            {
                // The records' texts, their JSON and the database's copy are dead: give them back before the next batch (or the indexing).
                ImportMemory.Release();
            }
        }
    }
}
