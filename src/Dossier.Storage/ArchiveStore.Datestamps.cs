using Dossier.Core.Harvesting;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

public partial class ArchiveStore : IRecordDatestamps
{
    /// <summary>
    /// Columns only: ids, statuses, embargoes and update times of the records, their collection ids, and the
    /// deletions in the change sequence whose id has not been stored again. Sorting and time comparisons happen
    /// here rather than in SQL, since not every provider compares <see cref="DateTimeOffset"/> columns.
    /// </summary>
    public async Task<IReadOnlyList<RecordDatestamp>> DatestampsAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Records.Select(r => new { r.Id, r.UpdatedAt, r.Status, r.EmbargoUntil })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var memberships = await db.RecordCollections.OrderBy(c => c.Position).Select(c => new { c.RecordId, c.CollectionId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var deletions = await db.RecordChanges.Where(c => c.Kind == RecordChangeKind.Deleted)
                .Select(c => new { c.Sequence, c.RecordId, c.At })
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            var collections = memberships.GroupBy(m => m.RecordId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.CollectionId).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var stamps = rows.Select(r => new RecordDatestamp(
                r.Id, r.UpdatedAt.ToUniversalTime(), r.Status, r.EmbargoUntil?.ToUniversalTime(),
                collections.TryGetValue(r.Id, out var ids) ? ids : [])).ToList();
            var stored = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            // The latest deletion of an id that is not stored again.
            stamps.AddRange(deletions.Where(d => !stored.Contains(d.RecordId))
                .GroupBy(d => d.RecordId, StringComparer.Ordinal)
                .Select(g => g.MaxBy(d => d.Sequence)!)
                .Select(d => new RecordDatestamp(d.RecordId, d.At.ToUniversalTime(), null, null, [])));
            stamps.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return stamps;
        }
    }
}
