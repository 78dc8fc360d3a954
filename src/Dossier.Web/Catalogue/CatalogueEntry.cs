using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>What the reading room's lists need of one record, without its text.</summary>
public sealed record CatalogueEntry(
    string Id,
    string SourceId,
    string Title,
    HistoricalDate? Date,
    IReadOnlyList<string> Languages,
    IReadOnlyList<CollectionMembership> Collections,
    ArchivalReference? Reference)
{
    public static CatalogueEntry From(CatalogueLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new CatalogueEntry(line.Id, line.SourceId, line.Title, line.Date, line.Languages, line.Collections, line.Reference);
    }

    public static CatalogueEntry From(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var languages = record.OriginalLanguages
            .Concat(record.Layers.Select(l => l.Lang))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CatalogueEntry(
            record.Id, record.Source.RecordId, record.Title, record.Date, languages, record.Collections.ToList(), record.ArchivalReference);
    }
}
