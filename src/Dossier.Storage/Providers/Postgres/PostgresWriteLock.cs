using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// Makes every transaction on the archive's database take <c>pg_advisory_xact_lock</c> on
/// <see cref="PostgresLocks.Write"/> as its first statement, so write transactions run one at a time (as they do on
/// SQLite) and the change sequence is gap-safe for followers.
/// </summary>
/// <remarks>
/// Why: <c>record_changes.sequence</c> is an identity column, and PostgreSQL hands out its numbers at insert,
/// not at commit. Two writers running side by side could take 7 and 8 and commit 8 first; a follower reading
/// "changes after 6" would then see 8, move its position to 8, and never see 7 when it commits. With this lock a
/// writer draws its numbers only after the previous writer has committed or rolled back (the lock is released
/// after the commit is visible), so numbers become visible in increasing order and a follower that has seen
/// <c>n</c> has seen everything below it. Numbers of rolled-back transactions are gaps forever, never late
/// arrivals. Readers take no lock and are never blocked. The cost is one writer at a time per archive, which
/// imports already are on SQLite; a write that bypasses Dossier (hand-written SQL) must take the same lock.
/// Only EF-opened transactions pass here, and every Dossier write goes through one (<c>BeginImportAsync</c>).
/// </remarks>
internal sealed class PostgresWriteLock : DbTransactionInterceptor
{
    private static readonly string Sql = "SELECT pg_advisory_xact_lock(" + PostgresLocks.Write.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = result;
        command.CommandText = Sql;
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = result;
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return result;
    }
}
