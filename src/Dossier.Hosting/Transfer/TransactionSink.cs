using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Hosting.Transfer;

/// <summary>Writes what a reader reads into one open transaction, in batches, so memory stays bounded.</summary>
internal sealed class TransactionSink(IImportTransaction transaction) : IImportSink
{
    private const int BatchSize = 500;
    private readonly List<ArchiveRecord> _records = new(BatchSize);
    private readonly List<Authority> _authorities = new(BatchSize);
    private readonly List<Collection> _collections = [];

    public async ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        _records.Add(record);
        if (_records.Count == BatchSize)
        {
            await transaction.UpsertRecordsAsync(_records, cancellationToken).ConfigureAwait(false);
            _records.Clear();
        }
    }

    public async ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default)
    {
        _authorities.Add(authority);
        if (_authorities.Count == BatchSize)
        {
            await transaction.UpsertAuthoritiesAsync(_authorities, cancellationToken).ConfigureAwait(false);
            _authorities.Clear();
        }
    }

    public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default)
    {
        _collections.Add(collection);
        return ValueTask.CompletedTask;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await transaction.UpsertCollectionsAsync(_collections, cancellationToken).ConfigureAwait(false);
        await transaction.UpsertAuthoritiesAsync(_authorities, cancellationToken).ConfigureAwait(false);
        await transaction.UpsertRecordsAsync(_records, cancellationToken).ConfigureAwait(false);
        _collections.Clear();
        _authorities.Clear();
        _records.Clear();
    }
}
