using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// <c>record_links</c> keeps its rows in primary-key order, with no rowid and no separate copy of the key
/// (the migration RecordLinksWithoutRowid). EF Core knows nothing of it: a later migration that rebuilds the table would
/// quietly drop it, and these tests say so.
/// </summary>
public sealed class RecordLinksWithoutRowidTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string BeforeIt = "20261202161459_NameSieves";

    [Fact]
    public async Task Should_make_a_new_archives_record_links_without_rowid_and_keep_its_links()
    {
        using var temp = new TempFolder();
        var store = StoreFactory.Create(temp.Path);
        await store.InitializeAsync(Cancel);
        await store.Records.UpsertAsync([TestRecords.Full()], Cancel);

        Assert.EndsWith("WITHOUT ROWID", await ScalarAsync(store.DatabasePath, "SELECT sql FROM sqlite_master WHERE name = 'record_links'"), StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync(store.DatabasePath, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_record_links%'"));
        // Four of its six names are linked to an authority: "Someone unnamed" and the "Editorial Board" get no row.
        Assert.Equal("4", await ScalarAsync(store.DatabasePath, "SELECT count(*) FROM record_links"));
        store.ReleaseConnections();
    }

    [Fact]
    public async Task Should_rebuild_an_older_archives_record_links_with_every_link_as_it_was()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "older.db");
        var store = SqliteArchiveStore.Create(path);
        await using (var db = store.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeIt, Cancel);
        }
        await store.Records.UpsertAsync([TestRecords.Full(), TestRecords.Full("vol7/d43")], Cancel);
        // An archive written before links to no authority were left out holds rows for them too.
        await ExecuteAsync(path, $"INSERT INTO record_links VALUES ('{TestRecords.Full().Id}', 'contributor', 1, 'Editorial Board', NULL, NULL)");
        Assert.Equal("1", await ScalarAsync(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_record_links%'"));
        var before = await RowsAsync(path);

        await using (var db = store.CreateContext())
        {
            await db.Database.MigrateAsync(Cancel);
        }

        Assert.Equal(9, before.Count);
        Assert.Equal(before, await RowsAsync(path));
        Assert.EndsWith("WITHOUT ROWID", await ScalarAsync(path, "SELECT sql FROM sqlite_master WHERE name = 'record_links'"), StringComparison.Ordinal);
        Assert.Equal("IX_record_links_authority_id_record_id", await ScalarAsync(path, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'record_links'"));
        // Deleting a record still takes its links with it.
        await store.Records.DeleteAsync(TestRecords.Full().Id, Cancel);
        Assert.Equal("4", await ScalarAsync(path, "SELECT count(*) FROM record_links"));
        store.ReleaseConnections();
    }

    private static async Task<List<string>> RowsAsync(string path)
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_id, kind, position, name, coalesce(authority_id, '-'), coalesce(source_key, '-') FROM record_links ORDER BY 1, 2, 3";
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            rows.Add(string.Join('|', Enumerable.Range(0, 6).Select(reader.GetValue)));
        }
        return rows;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Cancel);
    }

    private static async Task<string> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
