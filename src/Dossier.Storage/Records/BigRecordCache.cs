using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dossier.Storage.Records;

/// <summary>
/// While a batch with a big record (<see cref="Core.Importing.ImportMemory.BigText"/>) is inserted, SQLite's page
/// cache of the import's connection is held to a few megabytes, when it is larger (<c>cache_size</c> in
/// <see cref="Providers.Sqlite.SqlitePragmas"/> is smaller today). Otherwise the record's thousands of overflow pages
/// fill the whole cache beside the document's other copies (issue 15); pages beyond the limit are written to the WAL
/// early, inside the same transaction, so atomicity is unchanged. Other providers are left alone.
/// </summary>
internal static class BigRecordCache
{
    private const int WhileInsertingKib = 4 * 1024;

    /// <summary>Lowers the limit; returns the one to restore, or null when there is nothing to restore.</summary>
    public static async Task<long?> LowerAsync(DossierContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        var size = Convert.ToInt64(await PragmaAsync(db, "PRAGMA cache_size", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        // A negative cache_size is in KiB, a positive one in pages (4 KiB each here).
        if ((size < 0 ? -size : size * 4) <= WhileInsertingKib)
        {
            return null;
        }
        await PragmaAsync(db, "PRAGMA cache_size=-" + WhileInsertingKib.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return size;
    }

    public static async Task RestoreAsync(DossierContext db, long? size, CancellationToken cancellationToken)
    {
        if (size is { } restored)
        {
            await PragmaAsync(db, "PRAGMA cache_size=" + restored.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<object?> PragmaAsync(DossierContext db, string pragma, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = pragma;
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
