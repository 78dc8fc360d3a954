using Dossier.Core.Records;

namespace Dossier.Core.Citations;

/// <summary>What every style cites of a record, gathered once: title, date, people by role, reference, edition, site and URL.</summary>
public sealed record CitedWork
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public HistoricalDate? Date { get; init; }

    public IReadOnlyList<CitedName> Authors { get; init; } = [];

    public IReadOnlyList<CitedName> Translators { get; init; } = [];

    /// <summary>The record's contributors in order (the credits of the source archive).</summary>
    public IReadOnlyList<Contributor> Credits { get; init; } = [];

    public ArchivalReference? Reference { get; init; }

    /// <summary>The reference as one line ("RGANI, f. 5, op. 28, d. 347. Series, microfilm, reel 83"), or null.</summary>
    public string? ReferenceText { get; init; }

    public CitedEdition? Edition { get; init; }

    public required string SiteName { get; init; }

    public string? Url { get; init; }

    public DateOnly? Accessed { get; init; }

    public string? Language { get; init; }

    public string? Summary { get; init; }

    public static CitedWork Of(ArchiveRecord record, CitationOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var edition = EditionOf(record);
        return new CitedWork
        {
            Id = record.Id,
            Title = record.Title,
            Date = record.Date,
            Authors = record.Contributors.Where(c => c.Role == ContributorRole.Author).Select(c => CitedName.Of(c.Name)).ToList(),
            Translators = record.Contributors.Where(c => c.Role == ContributorRole.Translator).Select(c => CitedName.Of(c.Name)).ToList(),
            Credits = record.Contributors.Where(c => c.Role is ContributorRole.Contributor or ContributorRole.Translator or ContributorRole.Transcriber).ToList(),
            Reference = record.ArchivalReference,
            // An edition's source note is cited as the edition printed it; levels read from it only place it in the tree.
            ReferenceText = edition is not null && !string.IsNullOrWhiteSpace(record.ArchivalReference?.Text)
                ? record.ArchivalReference.Text.Trim()
                : ReferenceFormatter.Format(record.ArchivalReference),
            Edition = edition,
            SiteName = options.SiteName,
            Url = options.Permalink ?? record.Source.Url,
            Accessed = options.Accessed,
            Language = record.OriginalLanguages.FirstOrDefault(),
            Summary = record.Summary,
        };
    }

    // A document of a published edition (FRUS): it belongs to a numbered volume with editors, or the edition's publisher issued it.
    private static CitedEdition? EditionOf(ArchiveRecord record)
    {
        var editors = record.Contributors.Where(c => c.Role == ContributorRole.Editor).Select(c => CitedName.Of(c.Name)).ToList();
        var volume = record.Collections.FirstOrDefault(c => c.Number is not null);
        var publishedEdition = record.Source.Archive.StartsWith("Office of the Historian", StringComparison.Ordinal);
        if (volume is null || !(publishedEdition || editors.Count > 0))
        {
            return null;
        }
        return new CitedEdition(string.IsNullOrWhiteSpace(volume.Title) ? volume.CollectionId : volume.Title, volume.Number, editors,
            publishedEdition ? record.Source.Archive : null);
    }
}
