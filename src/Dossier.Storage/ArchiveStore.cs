using Dossier.Core.Importing;
using Dossier.Core.Storage;
using Dossier.Storage.Authorities;
using Dossier.Storage.Collections;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

/// <summary>
/// The archive on a relational database through EF Core, for any provider: the constructor's <c>createContext</c>
/// makes a provider's context (each operation uses a fresh, short-lived one). Open a SQLite store on a data
/// folder with <see cref="StoreFactory.OpenAsync"/>.
/// </summary>
/// <remarks>One writer at a time (SQLite takes the write lock at <see cref="BeginImportAsync"/>); readers run beside it.</remarks>
public partial class ArchiveStore : IArchiveStore, IStoreSchema
{
    private readonly Func<DossierContext> _createContext;
    private readonly TimeProvider _timeProvider;

    public ArchiveStore(Func<DossierContext> createContext, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        _createContext = createContext;
        _timeProvider = timeProvider ?? TimeProvider.System;
        Records = new RecordStore(this);
        Authorities = new AuthorityStore(this);
        Collections = new CollectionStore(this);
    }

    public IRecordStore Records { get; }

    public IAuthorityStore Authorities { get; }

    public ICollectionStore Collections { get; }

    /// <summary>What a record may hold: every record write refuses a record that breaks them (see <see cref="Core.Records.RecordLimits"/>).</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => InitializeSchemaAsync(fillSummaries: true, cancellationToken);

    /// <summary>
    /// Migrates when a migration is missing, then fills the summary columns of rows stored before them, unless
    /// <paramref name="fillSummaries"/> is false: a database this open created holds no such rows, and the backfill's
    /// query would cost a new archive's first command a quarter of a second for nothing.
    /// </summary>
    protected async Task InitializeSchemaAsync(bool fillSummaries, CancellationToken cancellationToken)
    {
        if (!await IsSchemaCurrentAsync(cancellationToken).ConfigureAwait(false))
        {
            var db = CreateContext();
            await using (db.ConfigureAwait(false))
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        if (fillSummaries)
        {
            await CatalogueBackfill.RunAsync(this, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the database has every migration this build knows: one read of the history table. Opening a current
    /// archive (every start of `serve`, every command) then skips EF Core's migrator, which builds the snapshot's model
    /// and compares it with the context's before it finds nothing to do.
    /// </summary>
    private async Task<bool> IsSchemaCurrentAsync(CancellationToken cancellationToken) =>
        (await PendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count == 0;

    public virtual async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        }
    }

    /// <summary>The last change's number, 0 when there is none (see <see cref="IRecordStore.LastSequenceAsync"/>).</summary>
    internal virtual async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await db.RecordChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        }
    }

    public async Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new ImportTransaction(db, transaction, _timeProvider, Limits);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A context for one store operation; the caller disposes it. Each provider hands them out of EF Core's context pool
    /// (reset when given back): a new context per operation resolved its internal services anew, 7% of a document page's
    /// CPU under load, with lock waits in the resolver besides (issue 9).
    /// </summary>
    internal DossierContext CreateContext()
    {
        var db = _createContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    /// <summary>Runs <paramref name="write"/> in a transaction of its own and commits it.</summary>
    internal async Task<T> WriteAsync<T>(Func<IImportTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        var transaction = await BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await write(transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
