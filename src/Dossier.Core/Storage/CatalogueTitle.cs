using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>What a link to one public record shows: its title and date, read from the record's columns without its summary.</summary>
public sealed record CatalogueTitle(string Id, string Title, HistoricalDate? Date);
