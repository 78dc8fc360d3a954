using Dossier.Core.Storage;

namespace Dossier.Web.Documents;

/// <summary>A document's place in one collection: the documents before and after it, and its position ("3 of 240").</summary>
public sealed record CollectionNeighbours(string CollectionId, string Title, CatalogueTitle? Previous, CatalogueTitle? Next, int Position, int Count);
