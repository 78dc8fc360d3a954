using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Importing;

/// <summary>
/// Collects what a reader gives and writes it in batches, each on a thread of its own while the reader goes on, one
/// after another and after <c>before</c> (the file before this one). The file's transaction begins with its first
/// write. The name linker is used only by the writes, in reading order: the authorities a batch's records were read
/// with are learned just before the batch is linked, each as it stood when the reader handed it over, which is what
/// was learned when each batch was written where it was read.
/// </summary>
internal sealed class BufferingSink(int batchSize, IArchiveStore store, Task before) : IImportSink
{
    private List<ArchiveRecord> _records = [];
    private List<Authority> _learned = [];
    private readonly List<Authority> _authorities = [];
    private readonly List<Collection> _collections = [];
    private Task _writing = before;
    private IImportTransaction? _transaction;

    public bool Align { get; init; }
    public Names.NameLinker? Names { get; init; }

    public int RecordsRead { get; private set; }

    public int AuthoritiesRead { get; private set; }

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public List<string> Ids { get; } = [];

    public async ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (string.IsNullOrEmpty(record.Id))
        {
            record.Id = RecordId.For(record.Source);
        }
        if (Align)
        {
            Alignment.RecordAligner.Align(record);
        }
        _records.Add(record);
        RecordsRead++;
        if (record.Layers.Exists(l => l.Text is { Length: >= ImportMemory.BigText }))
        {
            // What the reader built the big text from (its buffers, its cell or line) is dead now.
            ImportMemory.Release();
        }
        if (_records.Count >= batchSize)
        {
            // One batch written at a time: a failed one stops the reader here.
            await _writing.ConfigureAwait(false);
            var (batch, learned) = (_records, _learned);
            (_records, _learned) = ([], []);
            _writing = Task.Run(() => WriteRecordsAsync(batch, learned, cancellationToken), cancellationToken);
        }
    }

    public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default)
    {
        _authorities.Add(authority);
        if (Names is not null)
        {
            // Learned by the write of the batch it was read with, as it is now (the reader may add spellings to it later).
            _learned.Add(Core.Names.NameGazetteer.Snapshot(authority));
        }
        AuthoritiesRead++;
        return ValueTask.CompletedTask;
    }

    public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default)
    {
        _collections.Add(collection);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes what is left once the batches before it are written: collections and authorities first (records link to them), then the last records.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.ConfigureAwait(false);
        if (_collections.Count > 0)
        {
            await (await TransactionAsync(cancellationToken).ConfigureAwait(false)).UpsertCollectionsAsync(_collections, cancellationToken).ConfigureAwait(false);
            _collections.Clear();
        }
        if (_authorities.Count > 0)
        {
            await (await TransactionAsync(cancellationToken).ConfigureAwait(false)).UpsertAuthoritiesAsync(_authorities, cancellationToken).ConfigureAwait(false);
            _authorities.Clear();
        }
        var (last, learned) = (_records, _learned);
        (_records, _learned) = ([], []);
        await WriteRecordsAsync(last, learned, cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await _transaction.DisposeAsync().ConfigureAwait(false);
            _transaction = null;
        }
    }

    /// <summary>Waits for the batch being written (its failure is the file's, already reported or to be), then rolls the transaction back.</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await _writing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader stopped on it, or on its own error, which is the one reported.
        }
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
            _transaction = null;
        }
    }

    private async Task<IImportTransaction> TransactionAsync(CancellationToken cancellationToken) =>
        _transaction ??= await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);

    private async Task WriteRecordsAsync(List<ArchiveRecord> records, List<Authority> learned, CancellationToken cancellationToken)
    {
        foreach (var authority in learned)
        {
            Names?.Learn(authority);
        }
        if (records.Count == 0)
        {
            return;
        }
        var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
        if (Names?.Link(records) is { Count: > 0 } named)
        {
            await transaction.UpsertAuthoritiesAsync(named, cancellationToken).ConfigureAwait(false);
        }
        if (Names is not null && ImportMemory.AnyBig(records))
        {
            // Recognising names in a big text leaves its tokens behind.
            ImportMemory.Release();
        }
        var result = await transaction.UpsertRecordsAsync(records, cancellationToken).ConfigureAwait(false);
        Inserted += result.Inserted;
        Updated += result.Updated;
        Unchanged += result.Unchanged;
        Ids.AddRange(result.Ids);
        var big = ImportMemory.AnyBig(records);
        records.Clear();
        if (big)
        {
            // The records' texts, their JSON and the database's copy are dead: give them back before the next batch (or the indexing).
            ImportMemory.Release();
        }
    }
}
