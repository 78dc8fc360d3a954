using Dossier.Core.Search;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>The index over the real SQLite store: catch-up from its change sequence, restart, delete, rebuild.</summary>
public sealed class SqliteStoreIndexTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_follow_the_sqlite_store_through_restart_delete_and_rebuild()
    {
        using var folder = new TempFolder("dossier-search-sqlite");
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await using (store)
        {
            await store.InitializeAsync(Cancel);
            var model = await ModelRecord.ImportAsync();
            await store.Records.UpsertAsync([model, SyntheticRecords.Make("s1", "an invented note on Tabriz carpets")], Cancel);

            using (var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel))
            {
                Assert.Equal(await store.Records.LastSequenceAsync(Cancel), index.AppliedSequence);
                Assert.Equal(2, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
            }

            // While the index is closed the store moves on; reopening catches up.
            await store.Records.DeleteAsync(SyntheticRecords.Make("s1", "").Id, Cancel);
            await store.Records.UpsertAsync([SyntheticRecords.Make("s2", "another invented note, on Тебризе")], Cancel);
            using (var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel))
            {
                var result = await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel);
                Assert.Equal(["119698", "s2"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));

                await index.RebuildAsync(cancellationToken: Cancel);

                Assert.Equal(2, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
                Assert.Equal(await store.Records.LastSequenceAsync(Cancel), index.AppliedSequence);
            }
            store.ReleaseConnections();
        }
    }
}
