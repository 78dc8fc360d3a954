using Dossier.Core.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// The document page's reads on held SQLite connections (<see cref="PreparedReads"/>): a held connection sees what was
/// committed after it opened, many requests read at once, and releasing the store's connections closes the held ones.
/// What they read is the record store's and the catalogue's contracts, which the SQLite store passes through them.
/// </summary>
public sealed class PreparedReadsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_see_what_was_committed_after_its_connections_opened()
    {
        using var temp = new TempFolder();
        var store = await StoreFactory.OpenAsync(temp.Path, TimeProvider.System, Cancel);
        var first = TestRecords.Simple("d1", "First title");
        await store.Records.UpsertAsync([first], Cancel);
        Assert.Equal("First title", (await store.Records.FindAsync(first.Id, Cancel))?.Title);

        var second = TestRecords.Simple("d2");
        await store.Records.UpsertAsync([TestRecords.Simple("d1", "Second title"), second], Cancel);
        var titles = await ((ICatalogueSummaries)store).TitlesAsync([first.Id, second.Id], DateTimeOffset.UtcNow, Cancel);

        Assert.Equal("Second title", (await store.Records.FindAsync(first.Id, Cancel))?.Title);
        Assert.Equal("Second title", (await store.Records.FindAsync("d1", Cancel))?.Title);
        Assert.Equal(["Second title", "A short note"], titles.OrderBy(t => t.Id == first.Id ? 0 : 1).Select(t => t.Title));
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_answer_many_reads_at_once_each_with_its_own_record()
    {
        using var temp = new TempFolder();
        var store = await StoreFactory.OpenAsync(temp.Path, TimeProvider.System, Cancel);
        var records = Enumerable.Range(0, 40).Select(i => TestRecords.Simple("d" + i, "Title " + i)).ToList();
        await store.Records.UpsertAsync(records, Cancel);

        var read = await Task.WhenAll(Enumerable.Range(0, 32).Select(worker => Task.Run(
            async () =>
            {
                var wrong = 0;
                for (var n = 0; n < 50; n++)
                {
                    var record = records[(worker * 7 + n) % records.Count];
                    wrong += (await store.Records.FindAsync(record.Id, Cancel))?.Title == record.Title ? 0 : 1;
                    var titles = await ((ICatalogueSummaries)store).TitlesAsync([record.Id], DateTimeOffset.UtcNow, Cancel);
                    wrong += titles is [{ Title: var title }] && title == record.Title ? 0 : 1;
                }
                return wrong;
            },
            Cancel)));

        Assert.All(read, wrong => Assert.Equal(0, wrong));
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_hold_its_connections_open_between_reads_and_close_them_when_released()
    {
        using var temp = new TempFolder();
        var store = await StoreFactory.OpenAsync(temp.Path, TimeProvider.System, Cancel);
        var record = TestRecords.Simple("d1");
        await store.Records.UpsertAsync([record], Cancel);
        store.ReleaseConnections();
        Assert.Equal(0, OpenHandles(store.DatabasePath));

        await store.Records.FindAsync(record.Id, Cancel);
        var held = OpenHandles(store.DatabasePath);
        store.ReleaseConnections();

        Assert.True(held > 0, "no connection was held after a read");
        Assert.Equal(0, OpenHandles(store.DatabasePath));
        // Released is not closed for good: the next read opens a connection again.
        Assert.NotNull(await store.Records.FindAsync(record.Id, Cancel));
        store.ReleaseConnections();
    }

    /// <summary>This process's file descriptors open on the database file.</summary>
    private static int OpenHandles(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd =>
            {
                try
                {
                    return string.Equals(fd.LinkTarget, path, StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false;
                }
            });
}
