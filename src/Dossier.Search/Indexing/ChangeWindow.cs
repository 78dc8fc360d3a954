using Dossier.Core.Storage;

namespace Dossier.Search.Indexing;

/// <summary>
/// Up to <see cref="Size"/> store changes after a position, each record once, at its last change, in the order of
/// those last changes (the authorities' changes are counted in <see cref="Changes"/> and name no record). An import
/// changes a record more than once (written, then relinked to the names later files brought): indexed at every change,
/// it was indexed twice, and the first copy stayed in the index as a deleted document until a merge — half the index's
/// documents after an import of 15 volumes.
/// </summary>
/// <remarks>
/// A window of 50,000 changes left 6,107 deleted copies after an import of the 100 FRUS volumes (31,667 records
/// written, then relinked); 200,000 record ids cost some 20 MB while a catch-up reads them.
/// After the records up to one with last change S are indexed, committing S is safe: every record not yet indexed
/// has a change after S, which a catch-up resuming from S reads again.
/// </remarks>
internal sealed record ChangeWindow(IReadOnlyList<(string Id, long Last)> Records, long End, int Changes)
{
    public const int Size = 200_000;
    private const int PageSize = 5_000;

    public static async Task<ChangeWindow> ReadAsync(IRecordStore store, long after, CancellationToken cancellationToken)
    {
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        var position = after;
        var count = 0;
        while (count < Size)
        {
            var changes = await store.ChangesAfterAsync(position, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var change in changes.Where(c => c.IsRecord))
            {
                last[change.RecordId] = change.Sequence;
            }
            count += changes.Count;
            if (changes.Count == 0)
            {
                break;
            }
            position = changes[^1].Sequence;
        }
        return new ChangeWindow([.. last.OrderBy(p => p.Value).Select(p => (p.Key, p.Value))], position, count);
    }
}
