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

    /// <summary>Opens the archive; <c>database</c> is a PostgreSQL database (see <see cref="StoreLocation"/>), null for the SQLite file in the data folder.</summary>
    public static async Task<Archive> OpenAsync(string dataFolder, CancellationToken cancellationToken = default, TimeProvider? time = null, string? database = null)
    {
        time ??= TimeProvider.System;
        var folder = Path.GetFullPath(dataFolder);
        var store = await StoreLocation.OpenAsync(folder, database, time, cancellationToken).ConfigureAwait(false);
        ISearchIndex? index = null;
        string? unavailable = null;
        try
        {
            index = await LuceneSearchIndex.OpenAsync(store.Records, folder, time, null, cancellationToken, store.Authorities).ConfigureAwait(false);
        }
        catch (LockObtainFailedException)
        {
            // Another process (a running `dossier serve`) holds the index; it follows the store's change
            // sequence, so what this process writes to the store still reaches the index there.
            unavailable = "the search index is in use by another Dossier process on this data folder (a running `dossier serve`?)";
        }
        return new Archive(folder, store, store as IAsyncDisposable, index, Readers(), Writers(), time) { IndexUnavailableReason = unavailable, Scans = new ScanLibrary(folder), Ocr = new TesseractEngine(), Accounts = new Storage.Accounts.AccountStore(store), Audit = new Storage.Audit.AuditLog(store, time) };
    }
}
