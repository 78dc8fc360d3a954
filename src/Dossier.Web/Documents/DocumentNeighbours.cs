using Dossier.Core.Collections;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Documents;

/// <summary>
/// What stands around a document: the previous and next document of each collection it belongs to (in the
/// collection's order) and related documents, those sharing the most of its people and places that are not common to
/// much of the archive (see <see cref="CommonShare"/>), then its day.
/// Public records only.
/// </summary>
public sealed class DocumentNeighbours(Archive archive, CatalogueService catalogue, CollectionService collections)
{
    private const int RelatedCount = 5;

    /// <summary>How many records sharing names, and of the same day, are weighed: enough that the best five are among them.</summary>
    private const int CandidateCount = 50;

    /// <summary>
    /// A name cited by more than one public record in this many (and more than <see cref="CommonFloor"/> records) relates
    /// no documents, as a search engine's "more like this" leaves out its commonest terms: sharing it says little
    /// (the 100 FRUS volumes name Dulles and Eisenhower in thousands of documents each), and counting the records that
    /// cite it took most of a document page's time.
    /// </summary>
    private const int CommonShare = 50;

    /// <summary>Below this many citing records no name is too common, whatever the archive's size.</summary>
    private const int CommonFloor = 100;

    private readonly SnapshotMemo<string, bool> _common = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<CollectionNeighbours>> InCollectionsAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var found = new List<(Collection Collection, IReadOnlyList<CataloguePlace> Places, int At)>();
        foreach (var membership in record.Collections)
        {
            if (await collections.OrderAsync(membership.CollectionId, cancellationToken).ConfigureAwait(false) is not { } order)
            {
                continue;
            }
            for (var at = 0; at < order.Places.Count; at++)
            {
                if (string.Equals(order.Places[at].Id, record.Id, StringComparison.Ordinal))
                {
                    found.Add((order.Collection, order.Places, at));
                    break;
                }
            }
        }
        // Only the neighbours are described: one catalogue read for every collection's previous and next documents.
        var wanted = found.SelectMany(f => new[] { f.At > 0 ? f.Places[f.At - 1].Id : null, f.At + 1 < f.Places.Count ? f.Places[f.At + 1].Id : null })
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var described = await catalogue.ByIdAsync(wanted, cancellationToken).ConfigureAwait(false);
        return
        [
            .. found.Select(f => new CollectionNeighbours(
                f.Collection.Id,
                string.IsNullOrWhiteSpace(f.Collection.Title) ? f.Collection.Id : f.Collection.Title,
                f.At > 0 ? described.GetValueOrDefault(f.Places[f.At - 1].Id) : null,
                f.At + 1 < f.Places.Count ? described.GetValueOrDefault(f.Places[f.At + 1].Id) : null,
                f.At + 1,
                f.Places.Count)),
        ];
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
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var above = Math.Max(CommonFloor, snapshot.Counts.Total / CommonShare);
        // Most pages ask about the same common names: each name's answer is kept while the catalogue holds.
        var common = await _common.GetManyAsync(snapshot, mine, async names =>
        {
            var found = await catalogue.Summaries.CommonAsync(names, above, CancellationToken.None).ConfigureAwait(false);
            return names.ToDictionary(n => n, found.Contains, StringComparer.Ordinal);
        }).ConfigureAwait(false);
        mine.RemoveAll(id => common[id]);
        // Candidates from the store: those sharing most names, and those of the same day; scored here from their places
        // (ids and dates), and only the five shown are described.
        var sharing = mine.Count == 0 ? [] : await catalogue.Summaries.CitingAsync(mine, now, CandidateCount, cancellationToken).ConfigureAwait(false);
        var sameDay = day is null
            ? []
            : await catalogue.Summaries.PlacesAsync(new CatalogueFilter { Day = day }, now, CandidateCount, cancellationToken).ConfigureAwait(false);
        var shared = sharing.ToDictionary(s => s.RecordId, s => s.AuthorityIds, StringComparer.Ordinal);
        var onDay = sameDay.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ids = shared.Keys.Concat(onDay).Where(id => !string.Equals(id, record.Id, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var places = ids.Count == 0 ? [] : await catalogue.Summaries.PlacesAsync(new CatalogueFilter { Ids = ids }, now, ids.Count, cancellationToken).ConfigureAwait(false);
        var chosen = places
            .Select(p =>
            {
                var cited = shared.GetValueOrDefault(p.Id) ?? [];
                var same = onDay.Contains(p.Id);
                return (Place: p, Shared: cited.ToList(), SameDay: same, Score: cited.Count + (same ? 1 : 0));
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Place.Start ?? DateOnly.MaxValue)
            .ThenBy(x => x.Place.Id, StringComparer.Ordinal)
            .Take(RelatedCount)
            .ToList();
        var entries = await catalogue.ByIdAsync([.. chosen.Select(x => x.Place.Id)], cancellationToken).ConfigureAwait(false);
        return [.. chosen.Where(x => entries.ContainsKey(x.Place.Id)).Select(x => (entries[x.Place.Id], Why(x.Shared, x.SameDay, names)))];
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
