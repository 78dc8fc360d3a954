namespace Dossier.Web.Endpoints;

/// <summary>A collection with a page of its public documents.</summary>
public sealed record CollectionDetail(CollectionSummary Collection, Page<DocumentSummary> Documents);
