using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Storage.Records;

/// <summary>The <c>summary</c> column's JSON: what a catalogue line shows of a record.</summary>
internal sealed class SummaryDocument
{
    public string Title { get; set; } = "";

    public HistoricalDate? Date { get; set; }

    public List<string> Languages { get; set; } = [];

    public List<CollectionMembership> Collections { get; set; } = [];

    public ArchivalReference? Reference { get; set; }

    public static SummaryDocument Of(ArchiveRecord record) => new()
    {
        Title = record.Title,
        Date = record.Date,
        // The languages of the original and of every layer, as the reading room lists them.
        Languages = record.OriginalLanguages
            .Concat(record.Layers.Select(l => l.Lang))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList(),
        Collections = record.Collections.ToList(),
        Reference = record.ArchivalReference,
    };

    public static CatalogueLine Line(string id, string sourceId, string? summary)
    {
        var document = summary is null ? null : JsonSerializer.Deserialize<SummaryDocument>(summary, RecordJson.Options);
        return document is null
            ? new CatalogueLine(id, sourceId, id, null, [], [], null)
            : new CatalogueLine(id, sourceId, document.Title, document.Date, document.Languages, document.Collections, document.Reference);
    }
}
