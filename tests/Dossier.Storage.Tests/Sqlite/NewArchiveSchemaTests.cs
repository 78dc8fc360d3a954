using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// A new archive's schema comes from one script (<see cref="NewArchiveSchema"/>), not from EF Core's migrator: the
/// script must make what the migrations make, every migration recorded. After a migration is added, write the script
/// again: <c>dotnet ef migrations script --project src/Dossier.Storage --context SqliteDossierContext -o
/// src/Dossier.Storage/Providers/Sqlite/NewArchive.sql</c>.
/// </summary>
public sealed class NewArchiveSchemaTests
{
    [Fact]
    public async Task Should_make_a_new_archive_with_the_schema_and_history_the_migrations_make()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        var scripted = StoreFactory.Create(Path.Combine(temp.Path, "scripted"));
        await scripted.InitializeAsync(cancellationToken);
        var migratedPath = Path.Combine(temp.Path, "migrated.db");
        var migrated = SqliteArchiveStore.Create(migratedPath);
        await using (var db = migrated.CreateContext())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var expected = await SchemaAsync(migratedPath, cancellationToken);
        var actual = await SchemaAsync(scripted.DatabasePath, cancellationToken);

        Assert.Contains(expected, s => s.StartsWith("table records ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
        Assert.Equal(await HistoryAsync(migratedPath, cancellationToken), await HistoryAsync(scripted.DatabasePath, cancellationToken));
        scripted.ReleaseConnections();
        migrated.ReleaseConnections();
    }

    [Fact]
    public async Task Should_record_every_migration_this_build_knows_in_the_script()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "script.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            Assert.True(await NewArchiveSchema.CreateAsync(connection, cancellationToken));
            // A second run finds the history and leaves the database alone.
            Assert.False(await NewArchiveSchema.CreateAsync(connection, cancellationToken));
        }
        var store = SqliteArchiveStore.Create(path);
        IReadOnlyList<string> known;
        await using (var db = store.CreateContext())
        {
            known = db.Database.GetMigrations().ToList();
        }

        Assert.NotEmpty(known);
        Assert.Equal(known, await HistoryAsync(path, cancellationToken));
        Assert.Empty(await store.PendingMigrationsAsync(cancellationToken));
        store.ReleaseConnections();
    }

    /// <summary>Every table, index and trigger with its SQL, but EF Core's migration lock (the migrator's, not the schema's).</summary>
    private static Task<List<string>> SchemaAsync(string path, CancellationToken cancellationToken) =>
        RowsAsync(path, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name;", cancellationToken);

    private static Task<List<string>> HistoryAsync(string path, CancellationToken cancellationToken) =>
        RowsAsync(path, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\";", cancellationToken);

    /// <summary>The first column of every row <paramref name="sql"/> reads from the database at <paramref name="path"/>.</summary>
    private static async Task<List<string>> RowsAsync(string path, string sql, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
