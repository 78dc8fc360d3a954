using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// The archive in a PostgreSQL database, shared by any number of Dossier processes (web nodes, imports).
/// Storage code is <see cref="ArchiveStore"/>'s, the same as on SQLite; this class adds the connection, the
/// creation of a missing database, migrations under an advisory lock, and the write lock of <see cref="PostgresWriteLock"/>.
/// </summary>
public sealed class PostgresArchiveStore : ArchiveStore, IAsyncDisposable
{
    private readonly string _connectionString;

    private PostgresArchiveStore(PooledDbContextFactory<PostgresDossierContext> contexts, string connectionString, TimeProvider? timeProvider)
        : base(contexts.CreateDbContext, timeProvider)
    {
        _connectionString = connectionString;
    }

    /// <summary>Where the archive is, for messages: <c>host:port/database</c>, never the password.</summary>
    public required string Location { get; init; }

    /// <summary>The database's name.</summary>
    public required string DatabaseName { get; init; }

    /// <summary>A store on <paramref name="connection"/> (a postgres:// URI or Npgsql keywords); call <see cref="InitializeAsync"/> before use.</summary>
    public static PostgresArchiveStore Create(string connection, TimeProvider? timeProvider = null)
    {
        var builder = PostgresConnectionString.Parse(connection);
        // Several nodes each keep a pool; a modest ceiling keeps N nodes within the server's max_connections.
        if (!builder.ContainsKey("Maximum Pool Size") || builder.MaxPoolSize == 100)
        {
            builder.MaxPoolSize = 30;
        }
        var connectionString = builder.ConnectionString;
        // Built once: EF caches its internal services per options instance.
        var options = new DbContextOptionsBuilder<PostgresDossierContext>()
            // A list of ids is one array parameter (= ANY): see ParameterizedCollections.
            .UseNpgsql(connectionString, o => o.UseParameterizedCollectionMode(ParameterizedCollections.Mode))
            .AddInterceptors(new PostgresWriteLock())
            // The migrations-versus-model check builds the design-time model and the snapshot and compares them on every
            // migration (about 0.6 s of a new archive's 1.1 s to open); MigrationsTests makes that check instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        return new PostgresArchiveStore(new PooledDbContextFactory<PostgresDossierContext>(options), connectionString, timeProvider)
        {
            Location = builder.Host + ":" + builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + builder.Database,
            DatabaseName = builder.Database ?? "",
        };
    }

    /// <summary>Opens the store, creating the database when it does not exist and migrating the schema as needed.</summary>
    public static async Task<PostgresArchiveStore> OpenAsync(string connection, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var store = Create(connection, timeProvider);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>
    /// Creates the database if missing, then migrates while holding a session-level advisory lock: nodes that start
    /// together wait for the first one's migration and then find nothing left to do. The server releases the lock
    /// when the session ends, so a node killed mid-migration blocks no one (its migration transaction rolls back).
    /// </summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var connection = new NpgsqlConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(" + Key(PostgresLocks.Migration) + ")", cancellationToken).ConfigureAwait(false);
            try
            {
                await base.InitializeAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(" + Key(PostgresLocks.Migration) + ")", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes this store's pooled connections; the store may still be used afterwards (connections reopen).</summary>
    public ValueTask DisposeAsync()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        NpgsqlConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Makes the next change number greater than <paramref name="sequence"/> (never lower than it is): an archive
    /// copied here keeps counting from where its source stopped, so indexes that followed the source stay valid.
    /// </summary>
    public async Task AdvanceSequenceAsync(long sequence, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText =
                    "SELECT setval(pg_get_serial_sequence('record_changes', 'sequence'), @sequence) " +
                    "WHERE @sequence > COALESCE((SELECT max(sequence) FROM record_changes), 0)";
                command.Parameters.AddWithValue("sequence", sequence);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false };
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException)
            {
                // No access to the maintenance database: the archive's database must already exist.
                return;
            }
            var exists = connection.CreateCommand();
            await using (exists.ConfigureAwait(false))
            {
                exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
                exists.Parameters.AddWithValue("name", target.Database ?? "");
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    return;
                }
            }
            try
            {
                await ExecuteAsync(connection, "CREATE DATABASE " + QuoteIdentifier(target.Database ?? ""), cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another node created it a moment ago.
            }
        }
    }

    /// <summary>A PostgreSQL identifier in double quotes (PostgreSQL 18 §4.1.1), for names that cannot be parameters.</summary>
    public static string QuoteIdentifier(string name) => "\"" + (name ?? throw new ArgumentNullException(nameof(name))).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Key(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
