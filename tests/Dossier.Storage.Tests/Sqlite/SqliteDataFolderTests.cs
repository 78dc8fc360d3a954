using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>The SQLite data folder: creation, pragmas, and what a crash leaves behind.</summary>
public sealed class SqliteDataFolderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_create_the_folder_and_a_migrated_database_in_wal_mode()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "new", "data");

        var store = await StoreFactory.OpenAsync(folder, cancellationToken: Cancel);
        await store.Records.UpsertAsync([TestRecords.Simple("1")], Cancel);

        Assert.True(File.Exists(Path.Combine(folder, "dossier.db")));
        Assert.Equal(Path.Combine(folder, "dossier.db"), store.DatabasePath);
        Assert.Equal("wal", await ScalarAsync(store.DatabasePath, "PRAGMA journal_mode;"));
        Assert.Equal("20261128171520_Initial", await ScalarAsync(store.DatabasePath, "SELECT MigrationId FROM __EFMigrationsHistory;"));
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_open_an_existing_data_folder_twice_without_migrating_again()
    {
        using var temp = new TempFolder();
        var first = await StoreFactory.OpenAsync(temp.Path, cancellationToken: Cancel);
        await first.Records.UpsertAsync([TestRecords.Full()], Cancel);
        first.ReleaseConnections();

        var second = await StoreFactory.OpenAsync(temp.Path, cancellationToken: Cancel);

        Assert.Equal(1, await second.Records.CountAsync(Cancel));
        second.ReleaseConnections();
    }

    [Fact]
    public async Task Should_leave_only_committed_records_in_the_files_a_crash_mid_transaction_leaves()
    {
        using var temp = new TempFolder();
        var live = Path.Combine(temp.Path, "live");
        var crashed = Path.Combine(temp.Path, "crashed");
        var store = await StoreFactory.OpenAsync(live, cancellationToken: Cancel);
        await store.Records.UpsertAsync([TestRecords.Simple("committed")], Cancel);

        await using (var transaction = await store.BeginImportAsync(Cancel))
        {
            var text = new string('x', 20_000);
            for (var batch = 0; batch < 5; batch++)
            {
                var records = Enumerable.Range(0, 500).Select(i =>
                {
                    var record = TestRecords.Simple(FormattableString.Invariant($"b{batch}-{i}"));
                    record.Layers[0].Text = text;
                    return record;
                }).ToList();
                await transaction.UpsertRecordsAsync(records, Cancel);
            }
            // The files as they are now, with ~50 MB uncommitted, are what a killed process would leave on disk.
            Directory.CreateDirectory(crashed);
            foreach (var file in Directory.GetFiles(live, "dossier.db*").Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
            }
        }
        store.ReleaseConnections();

        var recovered = await StoreFactory.OpenAsync(crashed, cancellationToken: Cancel);
        Assert.Equal(1, await recovered.Records.CountAsync(Cancel));
        Assert.Equal(1, await recovered.Records.LastSequenceAsync(Cancel));
        Assert.Equal("ok", await ScalarAsync(recovered.DatabasePath, "PRAGMA integrity_check;"));
        recovered.ReleaseConnections();
    }

    private static async Task<string?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(Cancel))?.ToString();
    }
}
