using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Documents;

/// <summary>
/// What stands around a document: the previous and next document of each collection it belongs to (in the
/// collection's order) and related documents, those sharing the most people and places with it, then its day.
/// Public records only.
/// </summary>
public sealed class DocumentNeighbours(Archive archive, CatalogueService catalogue, CollectionService collections)
{
    private const int RelatedCount = 5;

    /// <summary>How many records sharing names, and of the same day, are weighed: enough that the best five are among them.</summary>
    private const int CandidateCount = 50;

    public async Task<IReadOnlyList<CollectionNeighbours>> InCollectionsAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = new List<CollectionNeighbours>();
        foreach (var membership in record.Collections)
        {
            if (await collections.FindAsync(membership.CollectionId, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                continue;
            }
            var documents = found.Documents;
            var at = documents.ToList().FindIndex(d => string.Equals(d.Id, record.Id, StringComparison.Ordinal));
            if (at < 0)
            {
                continue;
            }
            result.Add(new CollectionNeighbours(
                found.Collection.Id,
                string.IsNullOrWhiteSpace(found.Collection.Title) ? found.Collection.Id : found.Collection.Title,
                at > 0 ? documents[at - 1] : null,
                at + 1 < documents.Count ? documents[at + 1] : null,
                at + 1,
                documents.Count));
        }
        return result;
    }

    public async Task<IReadOnlyList<(CatalogueEntry Entry, string Why)>> RelatedAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = archive.Time.GetUtcNow();
        var mine = record.People.Concat(record.Places).Concat(record.Organisations).Select(l => l.AuthorityId)
            .Concat(record.Contributors.Select(c => c.AuthorityId))
            .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var names = record.People.Concat(record.Places)
            .Where(l => l.AuthorityId is not null)
            .GroupBy(l => l.AuthorityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var day = record.Date is { Precision: DatePrecision.Day } d ? d.Start : (DateOnly?)null;
        // Candidates from the store: those sharing most names, and those of the same day; scored here.
        var sharing = await catalogue.Summaries.CitingAsync(mine, now, CandidateCount, cancellationToken).ConfigureAwait(false);
        var sameDay = day is null
            ? []
            : await catalogue.ListAsync(new CatalogueFilter { Day = day }, 0, CandidateCount, cancellationToken).ConfigureAwait(false);
        var shared = sharing.ToDictionary(s => s.RecordId, s => s.AuthorityIds, StringComparer.Ordinal);
        var onDay = sameDay.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var ids = shared.Keys.Concat(onDay).Where(id => !string.Equals(id, record.Id, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var entries = await catalogue.ListAsync(new CatalogueFilter { Ids = ids }, 0, ids.Count, cancellationToken).ConfigureAwait(false);
        return entries
            .Select(e =>
            {
                var cited = shared.GetValueOrDefault(e.Id) ?? [];
                var same = onDay.Contains(e.Id);
                return (Entry: e, Shared: cited.ToList(), SameDay: same, Score: cited.Count + (same ? 1 : 0));
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Entry.Date?.Start ?? DateOnly.MaxValue)
            .ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Take(RelatedCount)
            .Select(x => (x.Entry, Why(x.Shared, x.SameDay, names)))
            .ToList();
    }

    private static string Why(List<string> shared, bool sameDay, Dictionary<string, string> names)
    {
        var parts = new List<string>();
        var named = shared.Select(id => names.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.Ordinal).Take(3).ToList();
        if (named.Count > 0)
        {
            parts.Add("also names " + string.Join(", ", named));
        }
        else if (shared.Count > 0)
        {
            parts.Add(shared.Count == 1 ? "one shared name" : shared.Count + " shared names");
        }
        if (sameDay)
        {
            parts.Add("same day");
        }
        return string.Join("; ", parts);
    }
}
