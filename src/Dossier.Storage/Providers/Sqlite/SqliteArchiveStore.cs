using Dossier.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>The archive in one SQLite file, in write-ahead-log mode so readers never wait for the writer.</summary>
public sealed class SqliteArchiveStore : ArchiveStore, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly PreparedReads _pageReads;

    private SqliteArchiveStore(PooledDbContextFactory<SqliteDossierContext> contexts, string connectionString, TimeProvider? timeProvider)
        : base(contexts.CreateDbContext, timeProvider)
    {
        _connectionString = connectionString;
        _pageReads = new PreparedReads(connectionString);
    }

    /// <summary>The database file's path.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>A store on the SQLite file at <paramref name="databasePath"/>; call <see cref="InitializeAsync"/> before use.</summary>
    public static SqliteArchiveStore Create(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // Seconds a command waits for another connection's write lock before failing.
            DefaultTimeout = 60,
            Pooling = true,
        }.ToString();
        // Built once: EF caches its internal services per options instance.
        var options = new DbContextOptionsBuilder<SqliteDossierContext>()
            // A list of ids is one parameter (json_each): see ParameterizedCollections.
            .UseSqlite(connectionString, o => o.UseParameterizedCollectionMode(ParameterizedCollections.Mode))
            // Named here rather than found by EF Core, which looks for it in the assembly's attributes and reads the
            // model's Instance property by reflection for every new context (every store operation makes one).
            .UseModel(CompiledModel.SqliteDossierContextModel.Instance)
            .AddInterceptors(new SqlitePragmas())
            // The migrations-versus-model check builds the design-time model and the snapshot and compares them on every
            // migration (about 0.6 s of a new archive's 1.1 s to open); MigrationsTests makes that check instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        return new SqliteArchiveStore(new PooledDbContextFactory<SqliteDossierContext>(options), connectionString, timeProvider) { DatabasePath = Path.GetFullPath(databasePath) };
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var created = !File.Exists(DatabasePath);
        if (!created)
        {
            var (pending, unfilled) = await SqliteSchemaState.ReadAsync(_connectionString, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0)
            {
                // WAL mode was set when the file was created (it is persistent) and nothing is left to migrate, so the
                // migration gate is not needed; the backfill rewrites only rows as it read them, so two processes may run it.
                if (unfilled)
                {
                    await Storage.Records.CatalogueBackfill.RunAsync(this, cancellationToken).ConfigureAwait(false);
                }
                return;
            }
        }
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                // Persistent in the file: set once, every later connection is in WAL mode.
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }

            // EF Core marks a running migration with a row in __EFMigrationsLock; a process killed while
            // migrating leaves that row behind and every later open would wait for it forever. Migrations
            // of this file run under an OS file lock (released when its process dies), so a row found while
            // holding it is always stale.
            using var gate = await MigrationGate.AcquireAsync(DatabasePath + ".migrating", cancellationToken).ConfigureAwait(false);
            var clear = connection.CreateCommand();
            await using (clear.ConfigureAwait(false))
            {
                clear.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";
                if (Convert.ToInt64(await clear.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    clear.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
                    await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            if (created)
            {
                await NewArchiveSchema.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            await InitializeSchemaAsync(fillSummaries: !created, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// On another thread, builds EF Core's services for this store and, when the file already exists, compiles and runs
    /// the query a started reading room makes first (its store health check counts the records): together the largest
    /// fixed cost of a command's first query, here overlapping the schema check and the index's opening.
    /// </summary>
    public Task WarmUpAsync()
    {
        var existing = File.Exists(DatabasePath);
        return Task.Run(async () =>
        {
            try
            {
                if (existing)
                {
                    await Records.CountAsync().ConfigureAwait(false);
                }
                else
                {
                    await using var db = CreateContext();
                }
            }
            catch (System.Data.Common.DbException)
            {
                // An archive being created or upgraded may lack the table yet: the warm-up is only a head start.
            }
        });
    }

    /// <summary>
    /// The last change's number by one statement on a pooled connection, not through EF Core: the index's catch-up reads
    /// it first at every start, before EF Core has compiled a query (its first query costs about 0.3 s), and the
    /// reading room's health checks and followers read it every few seconds.
    /// </summary>
    internal override async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT max(sequence) FROM record_changes;";
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long last ? last : 0;
            }
        }
    }

    internal override Task<byte[]?> RecordDocumentAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(PageStatements.RecordDocument(_pageReads, key));
    }

    internal override Task<string?> CollectionDocumentAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(PageStatements.CollectionDocument(_pageReads, id));
    }

    internal override Task<IReadOnlyList<CatalogueTitle>> PublicTitlesAsync(string[] ids, long ticks, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<CatalogueTitle>>(PageStatements.PublicTitles(_pageReads, ids, ticks));
    }

    public override async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        File.Exists(DatabasePath)
            ? (await SqliteSchemaState.ReadAsync(_connectionString, cancellationToken).ConfigureAwait(false)).Pending
            : await base.PendingMigrationsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Rewrites the database file without its free pages (SQLite's VACUUM), e.g. after <see cref="ArchiveStore.PackDocumentsAsync"/>:
    /// the file keeps the pages it frees for later writes otherwise. It waits for readers and writers as a write does.
    /// </summary>
    public async Task VacuumAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                // In WAL mode the rewritten file goes through the log: the checkpoint writes it back and truncates both.
                command.CommandText = "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes pooled connections to this file, e.g. before its folder is deleted or copied.</summary>
    public void ReleaseConnections()
    {
        _pageReads.Close();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Releases the pooled connections; the store may still be used afterwards (connections reopen).</summary>
    public ValueTask DisposeAsync()
    {
        ReleaseConnections();
        return ValueTask.CompletedTask;
    }
}
