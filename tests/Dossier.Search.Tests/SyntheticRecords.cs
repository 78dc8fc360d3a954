using Dossier.Core.Records;

namespace Dossier.Search.Tests;

/// <summary>Small invented records for filters, facets and the index's life cycle.</summary>
internal static class SyntheticRecords
{
    public static ArchiveRecord Make(
        string key,
        string text,
        string lang = "en",
        int? year = null,
        string? collection = null,
        string? repository = null,
        string[]? people = null,
        string[]? subjects = null,
        RecordStatus status = RecordStatus.Published,
        DateTimeOffset? embargo = null,
        params TextLayer[] more) => new()
        {
            Id = RecordId.For("Test Archive", key),
            Source = new SourceIdentifier { Archive = "Test Archive", RecordId = key },
            Title = "Invented record " + key,
            Date = year is { } y ? HistoricalDate.Year(y) : null,
            Status = status,
            EmbargoUntil = embargo,
            ArchivalReference = repository is null ? null : new ArchivalReference { Repository = repository },
            Collections = collection is null ? [] : [new CollectionMembership { CollectionId = collection, Title = "Collection " + collection }],
            People = (people ?? []).Select(p => new EntityLink { Name = p, AuthorityId = "a-" + p.ToLowerInvariant() }).ToList(),
            Subjects = [.. subjects ?? []],
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = lang, Text = text }, .. more],
        };
}
