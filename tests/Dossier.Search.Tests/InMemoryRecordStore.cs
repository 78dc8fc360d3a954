using System.Runtime.CompilerServices;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Search.Tests;

/// <summary>A record store kept in memory with the store contract's change sequence: the index's input, not a mock of it.</summary>
internal sealed class InMemoryRecordStore : IRecordStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, ArchiveRecord> _records = new(StringComparer.Ordinal);
    private readonly List<RecordChange> _changes = [];

    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var record in records)
            {
                _records[record.Id] = record;
                _changes.Add(new RecordChange(_changes.Count + 1, record.Id, RecordChangeKind.Upserted));
            }
        }
        return Task.FromResult(new UpsertResult(records.Count, 0, 0, records.Select(r => r.Id).ToList()));
    }

    public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault(idOrSourceRecordId));
        }
    }

    public Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ArchiveRecord> found = ids.Where(_records.ContainsKey).Select(id => _records[id]).ToList();
            return Task.FromResult(found);
        }
    }

    public async IAsyncEnumerable<ArchiveRecord> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ArchiveRecord> all;
        lock (_gate)
        {
            all = [.. _records.Values];
        }
        foreach (var record in all)
        {
            await Task.Yield();
            yield return record;
        }
    }

    public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RecordSummary> list = _records.Values.Skip(offset).Take(limit)
                .Select(r => new RecordSummary(r.Id, r.Source.RecordId, r.Title, r.Date, r.Status)).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.Count);
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_records.Remove(id))
            {
                return Task.FromResult(false);
            }
            _changes.Add(new RecordChange(_changes.Count + 1, id, RecordChangeKind.Deleted));
            return Task.FromResult(true);
        }
    }

    /// <summary>How many times the changes were read (<see cref="ChangesAfterAsync"/>).</summary>
    public int ChangeReads { get; private set; }

    public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ChangeReads++;
            IReadOnlyList<RecordChange> changes = _changes.Where(c => c.Sequence > afterSequence).Take(limit).ToList();
            return Task.FromResult(changes);
        }
    }

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_changes.Count);
        }
    }
}
