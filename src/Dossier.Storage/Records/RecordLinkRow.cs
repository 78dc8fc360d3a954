namespace Dossier.Storage.Records;

/// <summary>
/// A row of <c>record_links</c>: one person, place, organisation or contributor a record links to an authority, derived
/// from the record's document on every write so "which records cite this authority" is an indexed lookup (a name linked
/// to none has no row: <see cref="RecordRows.Links(Core.Records.ArchiveRecord)"/>).
/// </summary>
public sealed class RecordLinkRow
{
    public string RecordId { get; set; } = "";

    /// <summary>"person", "place", "organisation" or "contributor".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The link's index in its list on the record, which makes the primary key.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = "";

    public string? AuthorityId { get; set; }

    public string? SourceKey { get; set; }
}
