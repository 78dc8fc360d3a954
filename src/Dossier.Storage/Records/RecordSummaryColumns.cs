using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>
/// Fills the summary columns of a record's row from the record, on the one write path (with its document, in the
/// same transaction) and once for rows stored before the columns existed (<see cref="CatalogueBackfill"/>).
/// </summary>
internal static class RecordSummaryColumns
{
    /// <summary>Raised when what the columns hold changes, so rows filled by an older version are filled again at open.</summary>
    public const int Version = 1;

    /// <summary>Separates the levels in <see cref="RecordRow.ArchivalPath"/>, as in a shelf's key; a level name never holds one.</summary>
    public const char LevelSeparator = Core.Storage.Shelf.Separator;

    public static void Fill(RecordRow row, ArchiveRecord record)
    {
        row.PublicFrom = PublicFrom(record.Status, record.EmbargoUntil);
        row.DateYear = record.Date?.Start.Year;
        var shelf = record.ArchivalReference is { } reference ? ArchivalPlace.ShelfOf(reference) : null;
        row.Repository = shelf?.Repository;
        row.ArchivalPath = shelf is null ? null : Path(shelf.Levels);
        row.Summary = JsonSerializer.Serialize(SummaryDocument.Of(record), RecordJson.Options);
        row.SummaryVersion = Version;
    }

    /// <summary>Ticks rather than a timestamp: every provider compares integers, not every one compares <see cref="DateTimeOffset"/>.</summary>
    public static long? PublicFrom(RecordStatus status, DateTimeOffset? embargoUntil) =>
        status == RecordStatus.Published ? embargoUntil?.UtcTicks ?? 0 : null;

    /// <summary>The <see cref="RecordRow.ArchivalPath"/> of these level names, from the top down ("" for none).</summary>
    public static string Path(IEnumerable<string> levels) => string.Join(LevelSeparator, levels.Select(l => l.Replace(LevelSeparator, ' ')));

    public static IReadOnlyList<string> Levels(string? path) =>
        string.IsNullOrEmpty(path) ? [] : path.Split(LevelSeparator);
}
