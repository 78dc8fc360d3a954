using Dossier.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// Every SQLite connection gets the store's settings (synchronous=NORMAL, a 2 MB page cache) once, when SQLite opens
/// it: not again each time EF Core takes the pooled connection for a query.
/// </summary>
public sealed class SqlitePragmasTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_set_each_connection_once_and_not_at_every_query()
    {
        using var temp = new TempFolder();
        var store = StoreFactory.Create(temp.Path);
        await store.InitializeAsync(Cancel);

        await using (var first = store.CreateContext())
        {
            await first.Database.OpenConnectionAsync(Cancel);
            Assert.Equal(1L, await PragmaAsync(first, "synchronous")); // NORMAL
            Assert.Equal(-2000L, await PragmaAsync(first, "cache_size"));

            // A second connection open at the same time is another SQLite connection: it gets the settings too.
            await using (var second = store.CreateContext())
            {
                await second.Database.OpenConnectionAsync(Cancel);
                Assert.Equal(1L, await PragmaAsync(second, "synchronous"));
                Assert.Equal(-2000L, await PragmaAsync(second, "cache_size"));
            }

            await PragmaAsync(first, "cache_size=-1234");
            await first.Database.CloseConnectionAsync();
        }

        // The pool hands the last connection returned out again: had the settings run at this open, they would show -2000.
        await using (var again = store.CreateContext())
        {
            await again.Database.OpenConnectionAsync(Cancel);
            Assert.Equal(-1234L, await PragmaAsync(again, "cache_size"));
        }
        store.ReleaseConnections();
    }

    private static async Task<object?> PragmaAsync(DossierContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return await command.ExecuteScalarAsync(Cancel);
    }
}
