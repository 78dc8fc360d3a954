using Dossier.Core.Editing;
using Dossier.Core.Records;

namespace Dossier.Storage.Versions;

/// <summary>
/// A row of <c>record_versions</c>: one saved state of a record, whole, as its JSON document. No foreign key to
/// <c>records</c>: a soft-deleted record keeps its history, and only a purge removes both together.
/// </summary>
public sealed class RecordVersionRow
{
    public string RecordId { get; set; } = "";

    public int Number { get; set; }

    /// <summary>The account that wrote it; empty for the state an import left.</summary>
    public string Author { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTimeOffset At { get; set; }

    public EditAction Action { get; set; }

    public RecordStatus Status { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Document"/>, comparable with <c>records.content_hash</c>.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The document, packed as a record's row keeps it (<see cref="Records.StoredDocument"/>).</summary>
    public byte[] Document { get; set; } = [];
}
