namespace Dossier.Core.Authorities;

/// <summary>One spelling of an authority's name, with the script and language it is written in and where it was seen.</summary>
public sealed class NameVariant
{
    public string Name { get; set; } = "";

    /// <summary>BCP-47 tag of the spelling when known ("ru", "en", "az-Cyrl").</summary>
    public string? Lang { get; set; }

    /// <summary>Where the spelling was seen (a record or collection id).</summary>
    public string? Source { get; set; }
}
