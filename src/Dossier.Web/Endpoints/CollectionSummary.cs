namespace Dossier.Web.Endpoints;

/// <summary>A collection and how many public documents it holds.</summary>
public sealed record CollectionSummary(string Id, string Title, string? Description, string? Url, int Documents);
