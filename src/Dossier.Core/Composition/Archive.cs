using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Core.Exporting;
using Dossier.Core.Importing;
using Dossier.Core.Scans;
using Dossier.Core.Search;
using Dossier.Core.Storage;

namespace Dossier.Core.Composition;

/// <summary>
/// One archive on a data folder: the store (the truth), the search index derived from it, and the
/// readers and writers of every format. The CLI and the web host are both composed from it.
/// </summary>
public sealed class Archive : IAsyncDisposable
{
    private readonly IAsyncDisposable? _storeLifetime;

    public Archive(
        string dataFolder, IArchiveStore store, IAsyncDisposable? storeLifetime, ISearchIndex? index,
        IReadOnlyList<IRecordReader> readers, IReadOnlyList<IRecordWriter> writers, TimeProvider time)
    {
        DataFolder = dataFolder;
        Store = store;
        _storeLifetime = storeLifetime;
        Index = index;
        Readers = readers;
        Writers = writers;
        Time = time;
        Import = new ImportService(store, readers);
    }

    public string DataFolder { get; }

    public IArchiveStore Store { get; }

    public ISearchIndex? Index { get; }

    /// <summary>Why <see cref="Index"/> is null, when it is.</summary>
    public string? IndexUnavailableReason { get; init; }

    public IReadOnlyList<IRecordReader> Readers { get; }

    public IReadOnlyList<IRecordWriter> Writers { get; }

    public ImportService Import { get; }

    public TimeProvider Time { get; }

    /// <summary>The page images and their OCR; null when the archive was opened without them.</summary>
    public IScanLibrary? Scans { get; init; }

    public IOcrEngine? Ocr { get; init; }

    /// <summary>The workspace's accounts and API tokens; null when the archive was opened without them.</summary>
    public IAccountStore? Accounts { get; init; }

    /// <summary>The audit log; null when the archive was opened without it.</summary>
    public IAuditLog? Audit { get; init; }

    /// <summary>True when this process writes the index; false when another process holds it (see <see cref="IndexUnavailableReason"/>).</summary>
    public bool WritesIndex => Index is not null;

    /// <summary>
    /// The archive's one write path: runs <paramref name="write"/> on the store, then brings the index up to date.
    /// When another process holds the index, the write reaches the store only and that process's follower indexes it.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<IArchiveStore, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default) =>
        WriteThenIndexAsync(write, null, cancellationToken);

    /// <summary>As <see cref="WriteAsync{T}"/>, telling <paramref name="indexing"/> how far the index's catch-up has come.</summary>
    private async Task<T> WriteThenIndexAsync<T>(Func<IArchiveStore, CancellationToken, Task<T>> write, IndexingStep? indexing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write(Store, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Even a write that failed part-way may have committed some files (an import is atomic per file).
            await SyncIndexAsync(indexing, CancellationToken.None).ConfigureAwait(false);
            indexing?.Finish();
        }
    }

    /// <summary>Imports files (each in its own transaction), tidies the authorities, relinks names, and indexes what they wrote.</summary>
    public Task<ImportReport> ImportAsync(
        IEnumerable<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(Import, paths, options, progress, cancellationToken);

    /// <summary>
    /// Imports through <paramref name="import"/> (the workspace's drafting import, say), then does what follows every
    /// import (<see cref="ImportAftercare"/>: authorities tidied, earlier records relinked to new names) on this archive's
    /// store, and indexes it all. A <paramref name="progress"/> that also reports <see cref="ImportStep"/>s hears of the
    /// steps after the files.
    /// </summary>
    public Task<ImportReport> ImportAsync(
        ImportService import, IEnumerable<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var steps = progress as IProgress<ImportStep>;
        var indexing = steps is null ? null : new IndexingStep(steps);
        return WriteThenIndexAsync(async (store, token) =>
        {
            ArgumentNullException.ThrowIfNull(import);
            var aftercare = await ImportAftercare.BeginAsync(store, options, token).ConfigureAwait(false);
            var report = await import.ImportAsync(paths, options, progress, token).ConfigureAwait(false);
            await aftercare.FinishAsync(report, steps, token).ConfigureAwait(false);
            Observability.ArchiveMetrics.RecordImport(report);
            indexing?.Begin();
            return report;
        }, indexing, cancellationToken);
    }

    /// <summary>
    /// The index's catch-up told as the import's last step. It begins when the writing ends, though the catch-up may first
    /// wait for the index: a server's follower may be indexing these very changes (a 15-volume upload waited 12 s, which
    /// was told as the merges before it), and it is over when the catch-up returns, even one that found them all indexed.
    /// </summary>
    private sealed class IndexingStep(IProgress<ImportStep> steps) : IProgress<IndexProgress>
    {
        private ImportStep? _last;

        public void Begin() => Tell(ImportStep.Begun(ImportStep.Indexing));

        public void Report(IndexProgress value) => Tell(new ImportStep(ImportStep.Indexing, value.Done, value.Total));

        public void Finish()
        {
            if (_last is { } last && last.Done < last.Total)
            {
                Tell(ImportStep.Over(ImportStep.Indexing));
            }
        }

        private void Tell(ImportStep step)
        {
            _last = step;
            steps.Report(step);
        }
    }

    /// <summary>Deletes a record from the store (the change sequence carries the deletion) and drops it from the index.</summary>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        WriteAsync((store, token) => store.Records.DeleteAsync(id, token), cancellationToken);

    /// <summary>Applies every store change the index has not seen yet; 0 when another process holds the index.</summary>
    public Task<int> SyncIndexAsync(CancellationToken cancellationToken = default) => SyncIndexAsync(null, cancellationToken);

    private Task<int> SyncIndexAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        Index is null ? Task.FromResult(0) : Index.CatchUpAsync(progress, cancellationToken);

    public IRecordWriter? Writer(string format) =>
        Writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (Index is IAsyncDisposable index)
        {
            await index.DisposeAsync().ConfigureAwait(false);
        }
        else if (Index is IDisposable disposable)
        {
            disposable.Dispose();
        }
        if (_storeLifetime is not null)
        {
            await _storeLifetime.DisposeAsync().ConfigureAwait(false);
        }
    }
}
