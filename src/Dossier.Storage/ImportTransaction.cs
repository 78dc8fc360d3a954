using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage.Authorities;
using Dossier.Storage.Collections;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dossier.Storage;

/// <summary>
/// One database transaction on one context. Batches are saved as they come, inside the transaction, so memory
/// stays bounded; nothing is visible to readers before <see cref="CommitAsync"/>, and disposing without it rolls
/// everything back (as does a crash: the database's journal discards uncommitted pages on the next open).
/// </summary>
internal sealed class ImportTransaction(DossierContext db, IDbContextTransaction transaction, TimeProvider timeProvider, ImportLimits limits) : IImportTransaction
{
    private bool _done;

    /// <summary>Whether the transaction wrote authorities: its commit then appends one <see cref="RecordChangeKind.AuthoritiesChanged"/>.</summary>
    private bool _authoritiesWritten;

    /// <summary>The transaction's context, for writes that join it (a record's version history).</summary>
    internal DossierContext Context => db;

    public Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        EnsureOpen();
        return RecordBatchWriter.UpsertAsync(db, records, limits, timeProvider.GetUtcNow(), cancellationToken);
    }

    public Task KeepNameSievesAsync(IReadOnlyList<ArchiveRecord> records, long readAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        EnsureOpen();
        var sieves = records.Select(r => (r.Id, Sieve: Core.Names.NameSieve.Fits(r, r.NameSieve))).Where(s => s.Sieve is not null).Select(s => (s.Id, s.Sieve!)).ToList();
        return RecordBatchWriter.KeepNameSievesAsync(db, sieves, readAt, cancellationToken);
    }

    public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        EnsureOpen();
        _authoritiesWritten |= authorities.Count > 0;
        return AuthorityBatchWriter.UpsertAsync(db, authorities, cancellationToken);
    }

    public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collections);
        EnsureOpen();
        return CollectionBatchWriter.UpsertAsync(db, collections, cancellationToken);
    }

    public Task<bool> DeleteRecordAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        EnsureOpen();
        return RecordBatchWriter.DeleteAsync(db, id, timeProvider.GetUtcNow(), cancellationToken);
    }

    public Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        EnsureOpen();
        _authoritiesWritten = true;
        return AuthorityBatchWriter.DeleteAsync(db, id, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (_authoritiesWritten)
        {
            // An edit of an authority writes no record, and every node's search reads the names again only when the
            // change sequence moves: one entry for the transaction tells them all (the one it runs in reads them too).
            db.RecordChanges.Add(new RecordChangeRow { RecordId = "", Kind = RecordChangeKind.AuthoritiesChanged, At = timeProvider.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            _done = true;
            try
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                // The connection is already gone; the database discards the uncommitted work by itself.
            }
        }
        await transaction.DisposeAsync().ConfigureAwait(false);
        await db.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_done, this);
}
