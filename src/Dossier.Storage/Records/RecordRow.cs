using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>
/// A row of <c>records</c>. <see cref="Document"/> is the whole record in <see cref="RecordJson"/> form and is the
/// source of truth (lossless by construction); the other columns are copies of it kept for lookups, listings and sorting.
/// </summary>
public sealed class RecordRow
{
    public string Id { get; set; } = "";

    public string SourceArchive { get; set; } = "";

    public string SourceRecordId { get; set; } = "";

    public string Title { get; set; } = "";

    public string? DateValue { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public DateOnly? DateStart { get; set; }

    public DateOnly? DateEnd { get; set; }

    public RecordStatus Status { get; set; }

    /// <summary>UTC (PostgreSQL's timestamptz takes no other offset).</summary>
    public DateTimeOffset? EmbargoUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Document"/>'s UTF-8 bytes: equal hashes mean an unchanged record.</summary>
    public string ContentHash { get; set; } = "";

    public string Document { get; set; } = "";
}
