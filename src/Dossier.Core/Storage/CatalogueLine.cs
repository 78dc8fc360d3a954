using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>What the reading room's lists show of one public record, read from its summary, without its text.</summary>
public sealed record CatalogueLine(
    string Id,
    string SourceId,
    string Title,
    HistoricalDate? Date,
    IReadOnlyList<string> Languages,
    IReadOnlyList<CollectionMembership> Collections,
    ArchivalReference? Reference);
