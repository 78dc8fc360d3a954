using System.Globalization;
using Dossier.Core.Collections;
using Dossier.Core.Composition;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// The collections as the public sees them, for the collection pages, the home page and the collections API: only
/// those holding a public document (a collection named only by drafts, embargoed or withdrawn records does not
/// exist for the public), described by the stored collection or, failing that, by a public record's membership title.
/// </summary>
public sealed class CollectionService(Archive archive, CatalogueService catalogue)
{
    private readonly SnapshotMemo<string, CollectionOrder> _orders = new(StringComparer.Ordinal);

    /// <summary>Every collection holding a document public now, with how many, by title.</summary>
    public async Task<IReadOnlyList<(Collection Collection, int Count)>> ShelfAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var stored = (await archive.Store.Collections.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        return [.. snapshot.Counts.Collections.Select(c => (Describe(stored, c), c.Count))];
    }

    /// <summary>One public collection and its public documents in the collection's order, or null when it holds none.</summary>
    public async Task<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)?> FindAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (await OrderAsync(id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }
        var documents = (await catalogue.ListAsync(new CatalogueFilter { CollectionId = id }, 0, int.MaxValue, cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
        return (found.Collection, [.. found.Order.Places.Select(p => documents.GetValueOrDefault(p.Id)).OfType<CatalogueEntry>()]);
    }

    /// <summary>
    /// One public collection and where each of its public documents stands in the collection's order, without
    /// describing them (the document page shows only its neighbours), or null when it holds none.
    /// </summary>
    public async Task<(Collection Collection, CollectionOrder Order)?> OrderAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1000)
        {
            return null;
        }
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var count = snapshot.Counts.Collections.FirstOrDefault(c => string.Equals(c.CollectionId, id, StringComparison.Ordinal));
        if (count is null)
        {
            return null;
        }
        var stored = await archive.Store.Collections.FindAsync(id, cancellationToken).ConfigureAwait(false);
        // Every document page of a volume asks for its order: worked out once while the catalogue holds.
        var order = await _orders.GetAsync(snapshot, id, async collection => new CollectionOrder(Arrange(
            await catalogue.Summaries.PlacesAsync(new CatalogueFilter { CollectionId = collection }, snapshot.CountedAt, int.MaxValue, CancellationToken.None).ConfigureAwait(false)))).ConfigureAwait(false);
        return (stored ?? new Collection { Id = count.CollectionId, Title = count.Title }, order);
    }

    private static Collection Describe(Dictionary<string, Collection> stored, CollectionCount count) =>
        stored.TryGetValue(count.CollectionId, out var collection) ? collection : new Collection { Id = count.CollectionId, Title = count.Title };

    /// <summary>The collection's order: by the document's number in the collection, then date, then id.</summary>
    private static List<CataloguePlace> Arrange(IEnumerable<CataloguePlace> places) =>
        [.. places
            .OrderBy(p => NumberKey(p.Number))
            .ThenBy(p => p.Start ?? DateOnly.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];

    private static long NumberKey(string? number) =>
        long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
