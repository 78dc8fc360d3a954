namespace Dossier.Core.Records;

/// <summary>
/// A repository Dossier recognises in printed references: its authority record, the other forms citations
/// use for it, and the names of its own levels where its references print them without labels.
/// </summary>
public sealed record KnownRepository(ArchivalRepository Record, IReadOnlyList<string> Forms, IReadOnlyList<string> BareLevelNames)
{
    /// <summary>True when <paramref name="printed"/> is one of the repository's names or abbreviations.</summary>
    public bool IsNamed(string printed) =>
        string.Equals(printed, Record.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(printed, Record.Abbreviation, StringComparison.OrdinalIgnoreCase)
        || Forms.Any(f => string.Equals(f, printed, StringComparison.OrdinalIgnoreCase));
}
