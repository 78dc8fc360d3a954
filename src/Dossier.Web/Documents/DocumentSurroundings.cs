using Dossier.Web.Catalogue;

namespace Dossier.Web.Documents;

/// <summary>What a document page shows around a document (see <see cref="DocumentNeighbours"/>).</summary>
public sealed record DocumentSurroundings(IReadOnlyList<CollectionNeighbours> InCollections, IReadOnlyList<(CatalogueEntry Entry, string Why)> Related);
