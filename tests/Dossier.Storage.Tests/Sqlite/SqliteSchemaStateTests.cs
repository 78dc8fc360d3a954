using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>The schema check that lets a current archive open without EF Core's migrator agrees with EF Core.</summary>
public sealed class SqliteSchemaStateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_no_pending_migration_where_ef_core_finds_none()
    {
        using var temp = new TempFolder();
        var store = await StoreFactory.OpenAsync(temp.Path, cancellationToken: Cancel);

        Assert.Empty(await store.PendingMigrationsAsync(Cancel));
        Assert.Empty(await EfPendingAsync(store));
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_name_the_same_pending_migrations_as_ef_core_when_the_history_lacks_them()
    {
        using var temp = new TempFolder();
        var store = await StoreFactory.OpenAsync(temp.Path, cancellationToken: Cancel);
        var all = await AllMigrationsAsync(store);
        // As a database left by an older build looks: its history ends before the last two migrations.
        await ExecuteAsync(store.DatabasePath, "DELETE FROM __EFMigrationsHistory WHERE MigrationId >= '" + all[^2] + "';");

        var pending = await store.PendingMigrationsAsync(Cancel);

        Assert.Equal([all[^2], all[^1]], pending);
        Assert.Equal(await EfPendingAsync(store), pending);
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_name_every_migration_for_a_file_without_a_history()
    {
        using var temp = new TempFolder();
        var store = StoreFactory.Create(temp.Path);
        await ExecuteAsync(store.DatabasePath, "CREATE TABLE unrelated (id INTEGER);");

        Assert.Equal(await AllMigrationsAsync(store), await store.PendingMigrationsAsync(Cancel));
        store.ReleaseConnections();
    }

    private static async Task<List<string>> AllMigrationsAsync(SqliteArchiveStore store)
    {
        await using var db = store.CreateContext();
        return [.. db.Database.GetMigrations()];
    }

    private static async Task<List<string>> EfPendingAsync(SqliteArchiveStore store)
    {
        await using var db = store.CreateContext();
        return [.. await db.Database.GetPendingMigrationsAsync(Cancel)];
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
