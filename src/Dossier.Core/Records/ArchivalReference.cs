namespace Dossier.Core.Records;

/// <summary>
/// The archival reference of a document, parsed from its citation: for Russian archives the
/// fond / opis / delo hierarchy (f. 5, op. 28, d. 347), sheets (l., ll.) and the microfilm reel.
/// </summary>
public sealed class ArchivalReference
{
    /// <summary>Repository acronym or name, e.g. "RGANI" or "National Archives".</summary>
    public string? Repository { get; set; }

    /// <summary>Fond (record group), e.g. "5".</summary>
    public string? Fond { get; set; }

    /// <summary>Opis (inventory), e.g. "28".</summary>
    public string? Opis { get; set; }

    /// <summary>Delo (file), e.g. "347".</summary>
    public string? Delo { get; set; }

    /// <summary>Sheets or pages, e.g. "118-121".</summary>
    public string? Sheets { get; set; }

    /// <summary>Microfilm reel, e.g. "83".</summary>
    public string? Reel { get; set; }

    /// <summary>The series or record-group text, e.g. "Department for Relations with … , 1953-1957".</summary>
    public string? Series { get; set; }

    /// <summary>The reference as printed, when it is not a fond/opis/delo citation (e.g. a FRUS source note).</summary>
    public string? Text { get; set; }
}
