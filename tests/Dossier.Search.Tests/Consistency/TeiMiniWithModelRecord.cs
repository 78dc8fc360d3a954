using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Tei;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// The two tei-mini volumes and the model record in one SQLite store with its authorities, and the index over them:
/// the archive the consistency cases were found on. Built once for the tests that share it.
/// </summary>
public sealed class TeiMiniWithModelRecord : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-search-consistency");

    public SqliteArchiveStore Store { get; private set; } = null!;

    public LuceneSearchIndex Index { get; private set; } = null!;

    public ArchiveRecord Model { get; private set; } = null!;

    /// <summary>Every record imported, model record included.</summary>
    public IReadOnlyList<ArchiveRecord> Records { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        Store = SqliteArchiveStore.Create(_folder.File("archive.db"));
        await Store.InitializeAsync(cancel);
        var files = Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml");
        var report = await new ImportService(Store, [new TeiReader()]).ImportAsync(files, new ImportOptions(), cancellationToken: cancel);
        Assert.Equal(files.Length, report.Files);
        Model = await ModelRecord.ImportAsync();
        await Store.Records.UpsertAsync([Model], cancel);
        var records = new List<ArchiveRecord>();
        await foreach (var record in Store.Records.StreamAsync(cancel))
        {
            records.Add(record);
        }
        Records = records;
        Index = await LuceneSearchIndex.OpenAsync(Store.Records, _folder.Path, cancellationToken: cancel, authorities: Store.Authorities);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        Store.ReleaseConnections();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
