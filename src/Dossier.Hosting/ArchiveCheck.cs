using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Search;

namespace Dossier.Hosting;

/// <summary>
/// Compares the store (the truth) with the search index's last commit, record by record, and checks every stored
/// record against the archive's limits: the way to find what a bad state left behind (<c>dossier check</c>).
/// </summary>
public static class ArchiveCheck
{
    private const int PageSize = 500;

    public static async Task<ArchiveCheckReport> RunAsync(Archive archive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var storeSequence = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var inventory = IndexInventory.Read(archive.DataFolder);
        var skipped = inventory.Skipped.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var overLimits = new List<(string, string, string)>();

        // Page by listing (columns only) and read each page tolerantly: a record whose document cannot be read is reported, not fatal.
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await archive.Store.Records.ListAsync(offset, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            var ids = page.Select(r => r.Id).ToList();
            var (found, unreadable) = await archive.Store.Records.GetManyTolerantAsync(ids, cancellationToken).ConfigureAwait(false);
            foreach (var id in ids)
            {
                stored.Add(id);
                if (!inventory.Ids.Contains(id) && !skipped.ContainsKey(id))
                {
                    missing.Add(id);
                }
                if (unreadable.TryGetValue(id, out var problem))
                {
                    overLimits.Add((id, "document", problem));
                }
                else if (found.TryGetValue(id, out var record) && RecordLimits.Find(record) is { } breach)
                {
                    overLimits.Add((id, breach.Field, breach.Problem));
                }
            }
        }
        return new ArchiveCheckReport
        {
            StoreRecords = stored.Count,
            IndexRecords = inventory.Ids.Count,
            StoreSequence = storeSequence,
            IndexSequence = inventory.AppliedSequence,
            MissingFromIndex = missing,
            Skipped = inventory.Skipped.Where(s => stored.Contains(s.Id)).ToList(),
            OnlyInIndex = inventory.Ids.Where(id => !stored.Contains(id)).Order(StringComparer.Ordinal).ToList(),
            OverLimits = overLimits,
            IndexWriterElsewhere = archive.Index is null && inventory.WriterActive,
        };
    }
}
