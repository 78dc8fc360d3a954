using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage.Providers.Postgres;
using Dossier.Testing;
using Npgsql;

namespace Dossier.Storage.Tests.Postgres;

/// <summary>What several processes on one PostgreSQL database rely on: one migration, and a change sequence followers cannot skip through.</summary>
public sealed class PostgresConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_not_let_a_follower_skip_a_change_that_commits_after_a_later_numbered_one()
    {
        var store = await OpenAsync();
        var seen = new List<string>();
        var position = await store.Records.LastSequenceAsync(Cancel);

        var first = await store.BeginImportAsync(Cancel);
        await first.UpsertRecordsAsync([TestRecords.Simple("slow")], Cancel);
        // A second writer starts while the first is open; were it allowed to run, it would take the next number and commit first.
        var second = Task.Run(async () =>
        {
            await using var transaction = await store.BeginImportAsync(Cancel);
            await transaction.UpsertRecordsAsync([TestRecords.Simple("fast")], Cancel);
            await transaction.CommitAsync(Cancel);
        }, Cancel);
        await Task.WhenAny(second, Task.Delay(700, Cancel));
        position = await FollowAsync(store, position, seen);

        await first.CommitAsync(Cancel);
        await first.DisposeAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        await FollowAsync(store, position, seen);

        Assert.Equal(
            new[] { "fast", "slow" }.Select(s => RecordId.For(TestRecords.Archive, s)).Order(StringComparer.Ordinal),
            seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_number_changes_in_commit_order_under_concurrent_writers()
    {
        var store = await OpenAsync();
        var start = await store.Records.LastSequenceAsync(Cancel);
        var seen = new List<string>();
        var position = start;
        using var stop = new CancellationTokenSource();
        var follower = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                position = await FollowAsync(store, position, seen);
            }
        }, Cancel);

        var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await store.Records.UpsertAsync([TestRecords.Simple(FormattableString.Invariant($"w{w}-{i}"))], Cancel);
            }
        }, Cancel));
        await Task.WhenAll(writers);
        await Task.Delay(200, Cancel);
        await stop.CancelAsync();
        await follower;
        await FollowAsync(store, position, seen);

        var expected = Enumerable.Range(0, 6).SelectMany(w => Enumerable.Range(0, 10).Select(i => RecordId.For(TestRecords.Archive, FormattableString.Invariant($"w{w}-{i}"))));
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_migrate_a_new_database_once_when_several_nodes_open_it_together()
    {
        var server = TestPostgres.ServerOrNull();
        Assert.SkipWhen(server is null, TestPostgres.SkipReason);
        var name = TestPostgres.UniqueDatabaseName("nodes");
        var url = TestPostgres.WithDatabase(server!, name);
        try
        {
            var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresArchiveStore.OpenAsync(url, null, Cancel), Cancel)));

            await stores[0].Records.UpsertAsync([TestRecords.Simple("1")], Cancel);
            foreach (var store in stores)
            {
                Assert.Equal(1, await store.Records.CountAsync(Cancel));
                Assert.Empty(await store.PendingMigrationsAsync(Cancel));
                await store.DisposeAsync();
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresConnectionString.Parse(server!).ConnectionString);
            await connection.OpenAsync(Cancel);
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP DATABASE IF EXISTS " + PostgresArchiveStore.QuoteIdentifier(name) + " WITH (FORCE)";
            await drop.ExecuteNonQueryAsync(Cancel);
        }
    }

    private async Task<PostgresArchiveStore> OpenAsync()
    {
        Assert.SkipWhen(database.Url is null, TestPostgres.SkipReason);
        return await PostgresArchiveStore.OpenAsync(database.Url!, null, Cancel);
    }

    /// <summary>What a search index does: read the changes after its position, remember the last one.</summary>
    private static async Task<long> FollowAsync(IArchiveStore store, long position, List<string> seen)
    {
        while (true)
        {
            var changes = await store.Records.ChangesAfterAsync(position, 100, Cancel);
            if (changes.Count == 0)
            {
                return position;
            }
            seen.AddRange(changes.Select(c => c.RecordId));
            position = changes[^1].Sequence;
        }
    }
}
