using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Search.Indexing;

namespace Dossier.Search;

/// <summary>
/// The index's writing: following the store's change sequence (<see cref="CatchUpAsync"/>), rebuilding from the store
/// (<see cref="RebuildAsync"/>), and the commits that record how far it has come.
/// </summary>
public sealed partial class LuceneSearchIndex
{
    private const int BatchSize = 500;

    /// <summary>
    /// A long catch-up commits this often: a crash loses at most this much index work. Each commit flushes every
    /// thread's segment on one core and syncs it; every 10,000 records, the 100 volumes' catch-up spent 7 s of its 50 in
    /// three such commits, where the segments flushed as the writer's buffer fills are written on one core while the
    /// other goes on indexing (45 s with one commit at the end).
    /// </summary>
    private static readonly TimeSpan CommitAfter = TimeSpan.FromMinutes(1);

    public async Task<int> CatchUpAsync(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CatchUpLockedAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task RebuildAsync(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Changes made while streaming are after this sequence and are applied again by the catch-up below.
            var sequence = await _store.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
            var total = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
            var done = 0;
            try
            {
                // Nothing is committed until the end: searchers keep the old index until the new one is whole.
                _writer.DeleteAll();
                _skips.Clear();
                _restricted.DeleteAll();
                var batch = new List<ArchiveRecord>(BatchSize);
                // A record whose stored document cannot be read is skipped and reported like one the index cannot hold.
                await foreach (var record in _store.StreamReadableAsync(s => _skips.Add(s.Id, s.Reason), cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(record);
                    if (batch.Count == BatchSize)
                    {
                        done += AddAll(batch, cancellationToken);
                        progress?.Report(new IndexProgress(done, total));
                    }
                }
                done += AddAll(batch, cancellationToken);
                progress?.Report(new IndexProgress(done, total));
                Commit(sequence);
            }
            catch
            {
                _writer.Rollback();
                _restricted.Rollback();
                _searchers.Dispose();
                (_writer, _searchers) = Open();
                throw;
            }
            if (SegmentMerge.IsBulk(done, done))
            {
                MergeAfterBulk(sequence);
            }
            progress?.Report(new IndexProgress(done, total));
            _searchers.MaybeRefreshBlocking();
            _restricted.Refresh();
            _names.Drop();
            await CatchUpLockedAsync(null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<int> CatchUpLockedAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var last = await _store.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var total = (int)Math.Clamp(last - _applied, 0, int.MaxValue);
        var applied = 0;
        var position = _applied;
        var uncommitted = 0;
        var committed = _time.GetTimestamp();
        if (total > 0)
        {
            // Begun: the first batch is read and analysed before the first count.
            progress?.Report(new IndexProgress(0, total));
        }
        // An index at the store's last change reads no window: the catch-up at every start asks the store one number.
        while (last > position && await ChangeWindow.ReadAsync(_store, position, cancellationToken).ConfigureAwait(false) is { Changes: > 0 } window)
        {
            var done = 0;
            foreach (var batch in window.Records.Chunk(BatchSize))
            {
                // The store is the truth: whatever the changes say, index each record as it is now, or drop it.
                var ids = batch.Select(r => r.Id).ToList();
                var (found, unreadable) = await _store.GetManyTolerantAsync(ids, cancellationToken).ConfigureAwait(false);
                // Analysis is the cost of indexing and IndexWriter takes documents from several threads at once.
                // A record that cannot be indexed is skipped and recorded, never allowed to stop the others.
                var now = _time.GetUtcNow();
                Parallel.ForEach(ids, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                    id => RecordIndexing.Apply(_writer, _restricted, now, id, found.GetValueOrDefault(id), _skips, unreadable.GetValueOrDefault(id)));
                if (Core.Importing.ImportMemory.AnyBig(found.Values))
                {
                    // Analysing a big text leaves its garbage behind; free it before the commit writes the segment (issue 15).
                    Core.Importing.ImportMemory.Release();
                }
                position = batch[^1].Last;
                uncommitted += batch.Length;
                // A commit flushes and syncs segments: one a minute (CommitAfter), and one at the end. A crash in between
                // loses only index work; the next catch-up starts again from the last committed sequence.
                if (_time.GetElapsedTime(committed) >= CommitAfter)
                {
                    Commit(position);
                    uncommitted = 0;
                    committed = _time.GetTimestamp();
                }
                done += batch.Length;
                var reached = applied + (int)((long)window.Changes * done / window.Records.Count);
                progress?.Report(new IndexProgress(Math.Min(reached, Math.Max(total, reached)), Math.Max(total, reached)));
            }
            applied += window.Changes;
            position = window.End;
        }
        // A window of the authorities' changes alone indexes no record, and its end is committed all the same: else
        // every catch-up would read it again, and read the names again.
        if (uncommitted > 0 || position > Interlocked.Read(ref _applied))
        {
            Commit(position);
        }
        if (SegmentMerge.IsBulk(applied, _writer.NumDocs))
        {
            MergeAfterBulk(position);
        }
        if (applied > 0 || await _restricted.MoveLapsedAsync(_writer, _store, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false) > 0)
        {
            if (applied == 0)
            {
                Commit(position);
            }
            _searchers.MaybeRefreshBlocking();
            _restricted.Refresh();

            // Imports and editors write authorities (RecordChangeKind.AuthoritiesChanged, on any node): names are read
            // again on the next search.
            _names.Drop();
        }
        return applied;
    }

    /// <summary>Adds a batch of records from as many threads as there are cores, and empties the batch.</summary>
    private int AddAll(List<ArchiveRecord> batch, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        Parallel.ForEach(batch, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            record => RecordIndexing.Add(_writer, _restricted, now, record, _skips));
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>Merges the segments a bulk of changes left (see <see cref="SegmentMerge"/>) and commits.</summary>
    private void MergeAfterBulk(long sequence)
    {
        SegmentMerge.AfterBulk(_writer, _directory);
        Commit(sequence);
    }

    private void Commit(long sequence)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [FormatKey] = FormatVersion,
            [IndexSkips.CommitKey] = _skips.Serialize(),
        });
        _restricted.Commit(sequence);
        _writer.Commit();
        Interlocked.Exchange(ref _applied, sequence);
    }
}
