using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// Per-connection SQLite settings, made once for each connection SQLite opens (a pooled connection keeps them:
/// EF Core opens and closes its connection around every query, and running the settings at each of those opens
/// cost every query three more statements). <c>synchronous=NORMAL</c> is safe with WAL (a power cut may lose the last
/// commits, never corrupt the file) and much faster than FULL for import batches. The page cache is SQLite's own
/// default size (2 MB a connection): it was 32 MB, and a server answering 64 requests at once held one for each pooled
/// connection — 1.6 GB of resident memory on the 100 FRUS volumes, caching pages the operating system caches anyway.
/// The write-ahead log is copied back into the database when it passes 32 MB (SQLite's default is 4 MB): the commits of
/// an import's relinking each paid a copy of that much, most of the same index pages again, and the 100 volumes' import
/// spent 29 s committing. Foreign keys are switched on by the connection string; WAL mode is persistent and set once
/// when the store is initialised.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-2000; PRAGMA wal_autocheckpoint=8192;";

    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>True the first time this SQLite connection (its native handle, which the pool hands out again) is seen.</summary>
    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);
}
