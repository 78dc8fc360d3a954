using Dossier.Core.Composition;
using Dossier.Core.Exporting;
using Dossier.Core.Importing;
using Dossier.Core.Search;
using Dossier.Interop.Exporters.Jsonl;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Interop.Importers.Tei;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Ocr.Imaging;
using Dossier.Ocr.Tesseract;
using Dossier.Search;
using Dossier.Storage;
using Lucene.Net.Store;

namespace Dossier.Hosting;

/// <summary>Opens the archive on a data folder, creating or migrating what is there.</summary>
public static class ArchiveFactory
{
    /// <summary>Every import format, tried in this order when a file's format is "auto".</summary>
    public static IReadOnlyList<IRecordReader> Readers() =>
    [
        new JsonlRecordReader(),
        new TeiReader(),
        new WcdaPageReader(),
        new CsvReader(),
    ];

    public static IReadOnlyList<IRecordWriter> Writers() =>
    [
        new JsonlRecordWriter(),
        new Interop.Exporters.OaiPmh.OaiPmhRepository(),
        new Interop.Exporters.Iiif.IiifManifestWriter(),
        new Interop.Exporters.LinkedData.LinkedDataWriter(),
        new Interop.Exporters.DublinCore.DublinCoreRecordWriter(),
    ];

    /// <summary>
    /// Opens the archive; <c>database</c> is a PostgreSQL database (see <see cref="StoreLocation"/>), null for the SQLite
    /// file in the data folder. The index is brought up to the store unless <paramref name="catchUp"/> is false: a caller
    /// that rebuilds it at once (<c>dossier reindex</c>) would otherwise index every record the index lacks twice.
    /// </summary>
    public static async Task<Archive> OpenAsync(string dataFolder, CancellationToken cancellationToken = default, TimeProvider? time = null, string? database = null, bool catchUp = true)
    {
        time ??= TimeProvider.System;
        var folder = Path.GetFullPath(dataFolder);
        var timings = StartupTimings.Start();
        timings.Step("runtime and command line ready");
        var store = StoreLocation.Create(folder, database, time);
        // The index's files are opened on the other core while the store opens: neither needs the other until catch-up.
        var opening = Task.Run(() => OpenIndex(store, folder, time), cancellationToken);
        var warming = store is Storage.Providers.Sqlite.SqliteArchiveStore sqlite ? sqlite.WarmUpAsync() : Task.CompletedTask;
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            timings.Step("store opened");
        }
        catch
        {
            // The store's failure is the one to report; an index that did open is closed, one that failed is left.
            await Task.WhenAny(opening).ConfigureAwait(false);
            if (opening.IsCompletedSuccessfully)
            {
                opening.Result.Index?.Dispose();
            }
            throw;
        }
        var (index, unavailable) = await opening.ConfigureAwait(false);
        await warming.ConfigureAwait(false);
        timings.Step("index opened");
        if (index is not null && catchUp)
        {
            try
            {
                await index.CatchUpAsync(null, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                index.Dispose();
                throw;
            }
            timings.Step("index caught up");
        }
        return new Archive(folder, store, store as IAsyncDisposable, index, Readers(), Writers(), time) { IndexUnavailableReason = unavailable, Scans = new ScanLibrary(folder), Ocr = new TesseractEngine(), Accounts = new Storage.Accounts.AccountStore(store), Audit = new Storage.Audit.AuditLog(store, time) };
    }

    private static (LuceneSearchIndex? Index, string? Unavailable) OpenIndex(ArchiveStore store, string folder, TimeProvider time)
    {
        try
        {
            return (new LuceneSearchIndex(store.Records, folder, time, store.Authorities), null);
        }
        catch (LockObtainFailedException)
        {
            // Another process (a running `dossier serve`) holds the index; it follows the store's change
            // sequence, so what this process writes to the store still reaches the index there.
            return (null, "the search index is in use by another Dossier process on this data folder (a running `dossier serve`?)");
        }
    }
}
