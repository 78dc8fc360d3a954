namespace Dossier.Core.Records;

/// <summary>
/// One level of an archival reference as the repository names it: "f. 5" (a fond), "RG 59" (a record group),
/// "Box 12", "File No. JNSG", or the bare "B 136" of a Bundesarchiv Bestand.
/// </summary>
public sealed class ReferenceLevel
{
    public ReferenceLevelKind Kind { get; set; }

    /// <summary>The archive's own word for the level, lower case: "fond", "record group", "bestand", "box", "file".</summary>
    public string Name { get; set; } = "";

    /// <summary>The label printed before the value ("f.", "RG", "File No."); empty when the value stands alone.</summary>
    public string Label { get; set; } = "";

    public string Value { get; set; } = "";

    /// <summary>What the citation prints between the previous part and this one; null for the usual ", ".</summary>
    public string? Joiner { get; set; }

    /// <summary>The level as printed: label and value.</summary>
    public override string ToString() => Label.Length == 0 ? Value : Label + " " + Value;
}
