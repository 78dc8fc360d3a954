namespace Dossier.Core.Records;

/// <summary>Where a record came from: the source archive, its public URL and its own record id.</summary>
public sealed class SourceIdentifier
{
    /// <summary>The source archive's name, e.g. "Wilson Center Digital Archive".</summary>
    public string Archive { get; set; } = "";

    public string? Url { get; set; }

    /// <summary>The source's identifier, e.g. "119698" or "frus1955-57v24/d12". Unique within the archive.</summary>
    public string RecordId { get; set; } = "";
}
