using Dossier.Core.Records;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Endpoints;

/// <summary>A document in a list: enough to show and link it.</summary>
public sealed record DocumentSummary(string Id, string SourceId, string Title, HistoricalDate? Date, IReadOnlyList<string> Languages, string Url)
{
    public static DocumentSummary From(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.SourceId, entry.Title, entry.Date, entry.Languages, "/api/documents/" + entry.Id);
    }

    public static DocumentSummary From(ArchiveRecord record) => From(CatalogueEntry.From(record));
}
