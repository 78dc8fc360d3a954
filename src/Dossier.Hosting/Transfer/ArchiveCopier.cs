using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage.Providers.Postgres;

namespace Dossier.Hosting.Transfer;

/// <summary>
/// Copies a whole archive from one store into an empty one (SQLite to PostgreSQL or back), in one transaction on
/// the target, and proves the copy by comparing the two stores' <see cref="ArchiveFingerprint"/>s.
/// </summary>
public static class ArchiveCopier
{
    private const int BatchSize = 500;

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>; the result says whether the fingerprints agree.</summary>
    /// <exception cref="InvalidOperationException">The target already holds records, authorities or collections.</exception>
    public static async Task<TransferResult> CopyAsync(IArchiveStore source, IArchiveStore target, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await EnsureEmptyAsync(target, cancellationToken).ConfigureAwait(false);

        var transaction = await target.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await transaction.UpsertCollectionsAsync(await source.Collections.ListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var authorities = new List<Authority>(BatchSize);
            await foreach (var authority in source.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                authorities.Add(authority);
                if (authorities.Count == BatchSize)
                {
                    await transaction.UpsertAuthoritiesAsync(authorities, cancellationToken).ConfigureAwait(false);
                    authorities.Clear();
                }
            }
            await transaction.UpsertAuthoritiesAsync(authorities, cancellationToken).ConfigureAwait(false);
            var records = new List<ArchiveRecord>(BatchSize);
            var copied = 0;
            await foreach (var record in source.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
                if (records.Count == BatchSize)
                {
                    await transaction.UpsertRecordsAsync(records, cancellationToken).ConfigureAwait(false);
                    copied += records.Count;
                    progress?.Report(copied);
                    records.Clear();
                }
            }
            await transaction.UpsertRecordsAsync(records, cancellationToken).ConfigureAwait(false);
            progress?.Report(copied + records.Count);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // A search index built on the source remembers the source's last change number; numbering the target's
        // next changes after it keeps such an index (a data folder pointed at the new store) following correctly.
        if (target is PostgresArchiveStore postgres)
        {
            await postgres.AdvanceSequenceAsync(await source.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        return new TransferResult(
            await ArchiveFingerprint.OfAsync(source, cancellationToken).ConfigureAwait(false),
            await ArchiveFingerprint.OfAsync(target, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Refuses a target that holds anything: a copy never merges into or overwrites an archive.</summary>
    public static async Task EnsureEmptyAsync(IArchiveStore target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var records = await target.Records.CountAsync(cancellationToken).ConfigureAwait(false);
        var collections = (await target.Collections.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
        var hasAuthorities = false;
        await foreach (var _ in target.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            hasAuthorities = true;
            break;
        }
        if (records > 0 || collections > 0 || hasAuthorities)
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the target archive is not empty ({records} records, {collections} collections{(hasAuthorities ? ", authorities" : "")}): copy into a new database or data folder"));
        }
    }
}
