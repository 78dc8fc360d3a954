using Dossier.Core.Collections;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Search;
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

    /// <summary>
    /// The document's places in its collections and its related documents, with one read of titles and dates describing the
    /// previous and next documents and the related ones (each read is a statement and a pooled connection, which
    /// requests at once queue for).
    /// </summary>
    public async Task<DocumentSurroundings> AroundAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var found = await PlacesInCollectionsAsync(record, cancellationToken).ConfigureAwait(false);
        var ranked = await RankedAsync(record, cancellationToken).ConfigureAwait(false);
        var wanted = found.SelectMany(f => new[] { f.At > 0 ? f.Places[f.At - 1].Id : null, f.At + 1 < f.Places.Count ? f.Places[f.At + 1].Id : null })
            .Concat(ranked.Select(c => c.RecordId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // Only those shown are described, by their titles and dates in the store, which also checks that each is public now.
        var described = await catalogue.TitlesAsync(wanted, cancellationToken).ConfigureAwait(false);
        var names = record.People.Concat(record.Places)
            .Where(l => l.AuthorityId is not null)
            .GroupBy(l => l.AuthorityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return new DocumentSurroundings(
            [
                .. found.Select(f => new CollectionNeighbours(
                    f.Collection.Id,
                    string.IsNullOrWhiteSpace(f.Collection.Title) ? f.Collection.Id : f.Collection.Title,
                    f.At > 0 ? described.GetValueOrDefault(f.Places[f.At - 1].Id) : null,
                    f.At + 1 < f.Places.Count ? described.GetValueOrDefault(f.Places[f.At + 1].Id) : null,
                    f.At + 1,
                    f.Places.Count)),
            ],
            [.. ranked.Where(c => described.ContainsKey(c.RecordId)).Take(RelatedCount).Select(c => (described[c.RecordId], Why(c.Shared, c.SameDay, names)))]);
    }

    private async Task<List<(Collection Collection, IReadOnlyList<CataloguePlace> Places, int At)>> PlacesInCollectionsAsync(ArchiveRecord record, CancellationToken cancellationToken)
    {
        var found = new List<(Collection Collection, IReadOnlyList<CataloguePlace> Places, int At)>();
        foreach (var membership in record.Collections)
        {
            if (await collections.OrderAsync(membership.CollectionId, cancellationToken).ConfigureAwait(false) is not { } order)
            {
                continue;
            }
            if (order.Order.IndexOf(record.Id) is var at and >= 0)
            {
                found.Add((order.Collection, order.Order.Places, at));
            }
        }
        return found;
    }

    /// <summary>The related documents' candidates, best first: from the index, or from the store when this process has none.</summary>
    private async Task<IReadOnlyList<RelatedCandidate>> RankedAsync(ArchiveRecord record, CancellationToken cancellationToken)
    {
        var day = record.Date is { Precision: DatePrecision.Day } d ? d.Start : (DateOnly?)null;
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var above = Math.Max(CommonFloor, snapshot.Counts.Total / CommonShare);
        // A few more than are shown, in case the index has not yet caught up with a record that is no longer public.
        var query = new RelatedQuery(record.Id, [.. record.CitedAuthorityIds()], day, above, RelatedCount + 3);
        return archive.Index is { } index
            ? await index.RelatedAsync(query, cancellationToken).ConfigureAwait(false)
            : await FromStoreAsync(query, snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="RankedAsync"/> without a search index in this process (another process holds it): the store
    /// counts each name's citing records and gives the records sharing most names and those of the same day, which are
    /// ranked here. The index does the same from its postings at a fraction of the cost.
    /// </summary>
    private async Task<IReadOnlyList<RelatedCandidate>> FromStoreAsync(RelatedQuery query, CatalogueSnapshot snapshot, CancellationToken cancellationToken)
    {
        var now = archive.Time.GetUtcNow();
        // Most pages ask about the same common names: each name's answer is kept while the catalogue holds.
        var common = await _common.GetManyAsync(snapshot, query.AuthorityIds, async names =>
        {
            var found = await catalogue.Summaries.CommonAsync(names, query.CommonAbove, CancellationToken.None).ConfigureAwait(false);
            return names.ToDictionary(n => n, found.Contains, StringComparer.Ordinal);
        }).ConfigureAwait(false);
        var mine = query.AuthorityIds.Where(id => !common[id]).ToList();
        var sharing = mine.Count == 0 ? [] : await catalogue.Summaries.CitingAsync(mine, now, CandidateCount, cancellationToken).ConfigureAwait(false);
        var sameDay = query.Day is not { } day
            ? []
            : await catalogue.Summaries.PlacesAsync(new CatalogueFilter { Day = day }, now, CandidateCount, cancellationToken).ConfigureAwait(false);
        var shared = sharing.ToDictionary(s => s.RecordId, s => s.AuthorityIds, StringComparer.Ordinal);
        var onDay = sameDay.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ids = shared.Keys.Concat(onDay).Where(id => !string.Equals(id, query.RecordId, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var places = ids.Count == 0 ? [] : await catalogue.Summaries.PlacesAsync(new CatalogueFilter { Ids = ids }, now, ids.Count, cancellationToken).ConfigureAwait(false);
        var candidates = places.Select(p => new RelatedCandidate(p.Id, shared.GetValueOrDefault(p.Id) ?? [], onDay.Contains(p.Id), p.Start));
        return [.. RelatedCandidate.Ranked(candidates).Take(query.Limit)];
    }

    private static string Why(IReadOnlyList<string> shared, bool sameDay, Dictionary<string, string> names)
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
