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

    /// <summary>Lower-case hex SHA-256 of <see cref="Document"/>'s UTF-8 bytes, unpacked: equal hashes mean an unchanged record.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The document, packed (<see cref="StoredDocument"/>).</summary>
    public byte[] Document { get; set; } = [];

    /// <summary>
    /// The recogniser's sieve of the record's names (<see cref="Core.Names.NameSieve"/>) while it fits the document's
    /// texts; empty when the recogniser does not set the record's links; null when unknown (a relinking reads the record).
    /// </summary>
    public byte[]? NameSieve { get; set; }

    /// <summary>When the record is public, as UTC ticks: 0 when published without embargo, the embargo's end when embargoed, null when never (draft, withdrawn). See <see cref="RecordSummaryColumns"/>.</summary>
    public long? PublicFrom { get; set; }

    /// <summary>The year the record's date starts in, for the timeline.</summary>
    public int? DateYear { get; set; }

    /// <summary>The repository as the archival tree names it.</summary>
    public string? Repository { get; set; }

    /// <summary>The levels of the archival reference as the tree names them, one per line.</summary>
    public string? ArchivalPath { get; set; }

    /// <summary>What a catalogue line shows (title, date, languages, collections, reference) as JSON, without the record's texts.</summary>
    public string? Summary { get; set; }

    /// <summary>Which <see cref="RecordSummaryColumns.Version"/> filled the summary columns; 0 for rows stored before they existed.</summary>
    public int SummaryVersion { get; set; }
}
