using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>
/// Reads a batch of records (for the index's catch-up, for `dossier check`) so that one record the store cannot give
/// back (a document edited by hand, or damaged) cannot stop the batch: when the batch read fails, each record is read alone, and the ones that still
/// fail are named with the reason.
/// </summary>
public static class TolerantRecordReader
{
    public static async Task<(Dictionary<string, ArchiveRecord> Found, Dictionary<string, string> Unreadable)> GetManyTolerantAsync(
        this IRecordStore store, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var unreadable = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var records = await store.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
            return (records.ToDictionary(r => r.Id, StringComparer.Ordinal), unreadable);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var found = new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                try
                {
                    foreach (var record in await store.GetManyAsync([id], cancellationToken).ConfigureAwait(false))
                    {
                        found[record.Id] = record;
                    }
                }
                catch (Exception one) when (one is not OperationCanceledException and not OutOfMemoryException)
                {
                    unreadable[id] = $"the stored record cannot be read: {one.GetType().Name}: {one.Message}";
                }
            }
            return (found, unreadable);
        }
    }
}
