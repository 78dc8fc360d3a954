using Dossier.Core.Collections;
using Dossier.Core.Composition;

namespace Dossier.Web.Catalogue;

/// <summary>The public collections, for the collection pages, the home page and the collections API.</summary>
public sealed class CollectionService(Archive archive, CatalogueService catalogue)
{
    /// <summary>Every collection holding a document public now, with those documents, by title.</summary>
    public async Task<IReadOnlyList<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)>> ShelfAsync(CancellationToken cancellationToken = default)
    {
        var stored = await archive.Store.Collections.ListAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        return CollectionShelf.Arrange(stored, snapshot.Public(archive.Time.GetUtcNow()));
    }

    /// <summary>One public collection and its public documents, or null when it holds none.</summary>
    public async Task<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)?> FindAsync(string? id, CancellationToken cancellationToken = default)
    {
        var shelf = await ShelfAsync(cancellationToken).ConfigureAwait(false);
        foreach (var found in shelf)
        {
            if (string.Equals(found.Collection.Id, id, StringComparison.Ordinal))
            {
                return found;
            }
        }
        return null;
    }
}
