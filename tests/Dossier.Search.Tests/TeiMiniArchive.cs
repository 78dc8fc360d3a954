using Dossier.Core.Importing;
using Dossier.Interop.Importers.Tei;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// The two tei-mini FRUS volumes from ../shared, imported by the TEI reader and the import service into a real
/// SQLite store, and the index over it with the store's authorities. Built once for the tests that share it.
/// </summary>
public sealed class TeiMiniArchive : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-search-tei");

    public SqliteArchiveStore Store { get; private set; } = null!;

    public LuceneSearchIndex Index { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = SqliteArchiveStore.Create(_folder.File("archive.db"));
        await Store.InitializeAsync(TestContext.Current.CancellationToken);
        var files = Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml");
        var report = await new ImportService(Store, [new TeiReader()]).ImportAsync(files, new ImportOptions(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(files.Length, report.Files);
        Index = await LuceneSearchIndex.OpenAsync(Store.Records, _folder.Path, cancellationToken: TestContext.Current.CancellationToken, authorities: Store.Authorities);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        Store.ReleaseConnections();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
