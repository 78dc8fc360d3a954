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
