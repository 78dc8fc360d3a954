namespace Dossier.Core.Records;

/// <summary>
/// The repository holding the original: an authority record in the sense of ISDIAH (name, other form of name,
/// country), with its ISIL (ISO 15511) where known.
/// </summary>
public sealed class ArchivalRepository
{
    /// <summary>Authorised form of the name: "Russian State Archive of Contemporary History".</summary>
    public string Name { get; set; } = "";

    /// <summary>The form citations print, when it is not the name: "RGANI", "BArch", "TNA".</summary>
    public string? Abbreviation { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; set; }

    /// <summary>International Standard Identifier for Libraries and Related Organizations (ISO 15511), where known.</summary>
    public string? Isil { get; set; }
}
