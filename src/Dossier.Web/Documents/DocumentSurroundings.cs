using Dossier.Core.Storage;

namespace Dossier.Web.Documents;

/// <summary>What a document page shows around a document (see <see cref="DocumentNeighbours"/>).</summary>
public sealed record DocumentSurroundings(IReadOnlyList<CollectionNeighbours> InCollections, IReadOnlyList<(CatalogueTitle Entry, string Why)> Related);
