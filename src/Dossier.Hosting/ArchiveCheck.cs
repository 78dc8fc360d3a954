using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Search;

namespace Dossier.Hosting;

/// <summary>
/// Compares the store (the truth) with the search index's last commit, record by record, and checks every stored
/// record against the archive's limits: the way to find what a bad state left behind (<c>dossier check</c>).
/// </summary>
public static class ArchiveCheck
{
    public static async Task<ArchiveCheckReport> RunAsync(Archive archive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var storeSequence = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var inventory = IndexInventory.Read(archive.DataFolder);
        var skipped = inventory.Skipped.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var overLimits = new List<(string, string, string)>();
        await foreach (var record in archive.Store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(record.Id);
            if (!inventory.Ids.Contains(record.Id) && !skipped.ContainsKey(record.Id))
            {
                missing.Add(record.Id);
            }
            if (RecordLimits.Find(record) is { } breach)
            {
                overLimits.Add((record.Id, breach.Field, breach.Problem));
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
