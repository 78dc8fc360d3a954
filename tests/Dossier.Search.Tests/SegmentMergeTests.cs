using System.Reflection;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>A bulk of changes (an import, a rebuild) leaves the index in one segment: every query pays per segment.</summary>
public sealed class SegmentMergeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public Task Should_merge_the_segments_after_a_bulk_catch_up_and_not_after_a_small_one() =>
        WithIndexAsync(async (store, index) =>
        {
            for (var round = 0; round < 3; round++)
            {
                await store.Records.UpsertAsync([.. Enumerable.Range(0, 10).Select(i => SyntheticRecords.Make($"small-{round}-{i}", "a note on Tabriz"))], Cancel);
                await index.CatchUpAsync(cancellationToken: Cancel);
            }
            var before = index.SegmentCount;

            await store.Records.UpsertAsync([.. Enumerable.Range(0, SegmentMerge.BulkChanges).Select(i => SyntheticRecords.Make($"bulk-{i}", "a letter from Tabriz"))], Cancel);
            await index.CatchUpAsync(cancellationToken: Cancel);
            var afterBulk = index.SegmentCount;
            await store.Records.UpsertAsync([SyntheticRecords.Make("late", "a late note on Tabriz")], Cancel);
            await index.CatchUpAsync(cancellationToken: Cancel);

            Assert.True(before > 1, $"three catch-ups left {before} segment(s)");
            Assert.Equal(1, afterBulk);
            Assert.True(index.SegmentCount > 1, "a small catch-up merged");
            Assert.Equal(30 + SegmentMerge.BulkChanges + 1, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
        });

    [Fact]
    public Task Should_not_merge_the_whole_index_after_a_bulk_that_is_a_small_share_of_it() =>
        WithIndexAsync(async (store, index) =>
        {
            var archive = SegmentMerge.BulkChanges * (SegmentMerge.BulkShare + 1);
            await store.Records.UpsertAsync([.. Enumerable.Range(0, archive).Select(i => SyntheticRecords.Make($"held-{i}", "a letter from Tabriz"))], Cancel);
            await index.CatchUpAsync(cancellationToken: Cancel);
            var afterFirst = index.SegmentCount;

            // As a small import's relinking does: a thousand of the records written again, a fifth of the index.
            await store.Records.UpsertAsync([.. Enumerable.Range(0, SegmentMerge.BulkChanges).Select(i => SyntheticRecords.Make($"held-{i}", "a letter from Tabriz, relinked"))], Cancel);
            await index.CatchUpAsync(cancellationToken: Cancel);

            Assert.Equal(1, afterFirst);
            Assert.True(index.SegmentCount > 1, "the whole index was merged after a bulk of a fifth of it");
            Assert.Equal(archive, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
            Assert.Equal(SegmentMerge.BulkChanges, (await index.SearchAsync(new SearchRequest { Query = "relinked" }, Cancel)).Total);
        });

    [Fact]
    public Task Should_merge_after_a_bulk_through_readers_of_its_own_not_the_searchers_mapped_ones() =>
        WithIndexAsync(async (store, index) =>
        {
            // Searches between catch-ups, as a reading room makes them, then a bulk to merge.
            foreach (var (round, count) in new[] { (0, 10), (1, 10), (2, SegmentMerge.BulkChanges) })
            {
                await store.Records.UpsertAsync([.. Enumerable.Range(0, count).Select(i => SyntheticRecords.Make($"bulk-{round}-{i}", "a letter from Tabriz"))], Cancel);
                await index.CatchUpAsync(cancellationToken: Cancel);
                Assert.True((await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total > 0);
            }

            // A writer that handed a reader to searchers pools every segment's reader from then on, memory-mapped, and merges
            // through them: the import's last merge then held the whole index resident in the process. Lucene keeps that
            // state in a private field, which nothing else shows.
            var writer = typeof(LuceneSearchIndex).GetField("_writer", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
            var pools = writer.GetType().GetField("poolReaders", BindingFlags.NonPublic | BindingFlags.Instance);
            Assert.NotNull(pools);
            Assert.False((bool)pools.GetValue(writer)!, "the writer pools its readers: a merge reads through the searchers' mapped ones");
            Assert.Equal(1, index.SegmentCount);
            Assert.Equal(20 + SegmentMerge.BulkChanges, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
        });

    [Fact]
    public async Task Should_commit_an_index_of_an_older_format_empty_and_at_no_change_before_refilling_it()
    {
        using var folder = new TempFolder("dossier-format");
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await using (store)
        {
            await store.InitializeAsync(Cancel);
            await store.Records.UpsertAsync([.. Enumerable.Range(0, 5).Select(i => SyntheticRecords.Make($"old-{i}", "a letter from Tabriz"))], Cancel);
            using (await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel))
            {
            }
            // As an older version left it: its documents, its sequence, another format.
            var indexFolder = Path.Combine(folder.Path, "index");
            LuceneSearchIndex.RegisterCodec();
            using (var directory = Lucene.Net.Store.FSDirectory.Open(indexFolder))
            using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
            {
                writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { ["dossier.format"] = "0" });
                writer.Commit();
            }

            // Opened without a catch-up: what is committed now is what a crash here would leave.
            using (var index = new LuceneSearchIndex(store.Records, folder.Path))
            {
                using var directory = Lucene.Net.Store.FSDirectory.Open(indexFolder);
                using var committed = Lucene.Net.Index.DirectoryReader.Open(directory);
                Assert.Equal(0, committed.NumDocs);
                Assert.Equal("0", committed.IndexCommit.UserData[LuceneSearchIndex.SequenceKey]);
                Assert.Equal(0, index.AppliedSequence);
                Assert.Equal(0, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
                await index.CatchUpAsync(cancellationToken: Cancel);
                Assert.Equal(5, (await index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel)).Total);
            }
            store.ReleaseConnections();
        }
    }

    /// <summary>Runs <paramref name="test"/> on a new SQLite store and its index, in a folder of its own.</summary>
    private static async Task WithIndexAsync(Func<SqliteArchiveStore, LuceneSearchIndex, Task> test)
    {
        using var folder = new TempFolder("dossier-segments");
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await using (store)
        {
            await store.InitializeAsync(Cancel);
            using var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel);
            await test(store, index);
            store.ReleaseConnections();
        }
    }
}
