using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Web.Documents;

namespace Dossier.Web.Endpoints;

/// <summary>A search hit as the API gives it: the index's hit, its reading-room URL and API URL, and what tells it apart (collection, number, kind, reference).</summary>
public sealed record SearchApiHit(
    string Id,
    string SourceId,
    string Title,
    HistoricalDate? Date,
    float Score,
    string Url,
    string ApiUrl,
    string? Collection,
    string? CollectionId,
    string? Number,
    string? Type,
    string? ArchivalReference,
    IReadOnlyList<string> Why,
    IReadOnlyList<Snippet> Snippets)
{
    public static SearchApiHit From(SearchHit hit, DocumentDescription description)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(description);
        return new SearchApiHit(
            hit.Id, hit.SourceId, hit.Title, hit.Date, hit.Score, "/documents/" + hit.Id, "/api/documents/" + hit.Id,
            description.Collection, description.CollectionId, description.Number, description.Type, description.Reference,
            hit.Why, hit.Snippets);
    }
}
