using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Sqlite;

public sealed class StaleMigrationLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Should_open_a_database_whose_migration_was_killed_while_holding_the_migration_lock()
    {
        // What a process killed in the middle of its first migration leaves: EF's lock row, no schema.
        var path = StoreFactory.DatabasePath(_folder.Path);
        await using (var connection = new SqliteConnection("Data Source=" + path))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText =
                "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-28 18:45:00+00:00');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var opening = StoreFactory.OpenAsync(_folder.Path, cancellationToken: TestContext.Current.CancellationToken);
        var store = await opening.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        await using (store)
        {
            Assert.Equal(0, await store.Records.CountAsync(TestContext.Current.CancellationToken));
        }
    }
}
