using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// A public collection's documents in the collection's order, and where each stands: a document page finds its place
/// in its volume by id, where it read the volume's order (hundreds of documents) from the start.
/// </summary>
public sealed class CollectionOrder
{
    private readonly Dictionary<string, int> _at;

    public CollectionOrder(IReadOnlyList<CataloguePlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        Places = places;
        _at = new Dictionary<string, int>(places.Count, StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
        {
            _at.TryAdd(places[i].Id, i);
        }
    }

    public IReadOnlyList<CataloguePlace> Places { get; }

    /// <summary>Where the document <paramref name="recordId"/> stands in the order; -1 when the collection holds it not (or not publicly).</summary>
    public int IndexOf(string recordId) => _at.TryGetValue(recordId, out var at) ? at : -1;
}
