using Dossier.Core.Records;

namespace Dossier.Web.Catalogue;

/// <summary>What the reading room's lists need of one record, without its text.</summary>
public sealed record CatalogueEntry(
    string Id,
    string SourceId,
    string Title,
    HistoricalDate? Date,
    IReadOnlyList<string> Languages,
    IReadOnlyList<CollectionMembership> Collections,
    ArchivalReference? Reference,
    RecordStatus Status,
    DateTimeOffset? EmbargoUntil,
    IReadOnlyList<string> AuthorityIds)
{
    public bool IsPublicAt(DateTimeOffset now) =>
        Status == RecordStatus.Published && (EmbargoUntil is null || EmbargoUntil <= now);

    /// <summary>Every authority the record cites (people, places, organisations, contributors), in no particular order.</summary>
    private static string[] AuthorityIdsOf(ArchiveRecord record) =>
    [
        .. record.People.Concat(record.Places).Concat(record.Organisations).Select(l => l.AuthorityId)
            .Concat(record.Contributors.Select(c => c.AuthorityId))
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal),
    ];

    public static CatalogueEntry From(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var languages = record.OriginalLanguages
            .Concat(record.Layers.Select(l => l.Lang))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CatalogueEntry(
            record.Id, record.Source.RecordId, record.Title, record.Date, languages,
            record.Collections.ToList(), record.ArchivalReference, record.Status, record.EmbargoUntil, AuthorityIdsOf(record));
    }
}
