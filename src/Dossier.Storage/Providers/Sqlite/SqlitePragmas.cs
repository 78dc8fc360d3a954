using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// Per-connection SQLite settings. <c>synchronous=NORMAL</c> is safe with WAL (a power cut may lose the last
/// commits, never corrupt the file) and much faster than FULL for import batches. Foreign keys are switched on
/// by the connection string; WAL mode is persistent and set once when the store is initialised.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
