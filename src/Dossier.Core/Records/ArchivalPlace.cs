namespace Dossier.Core.Records;

/// <summary>
/// Where an archival reference puts a document in the archival tree: the repository as the tree names it, then
/// each level of its hierarchy (fond / opis / delo, record group / box / folder, Bestand / Akte).
/// </summary>
public static class ArchivalPlace
{
    /// <summary>"Russian State Archive of Contemporary History (RGANI)", or the repository as printed; null when none is named.</summary>
    public static string? RepositoryName(ArchivalReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var printed = string.IsNullOrWhiteSpace(reference.Repository) ? null : reference.Repository.Trim();
        if (reference.RepositoryRecord is { Name.Length: > 0 } record)
        {
            var abbreviation = record.Abbreviation ?? (printed is not null && !string.Equals(printed, record.Name, StringComparison.Ordinal) ? printed : null);
            return abbreviation is null ? record.Name : record.Name + " (" + abbreviation + ")";
        }
        return printed;
    }

    /// <summary>A level as the tree names it, on one line: "Fond 5", "Record group 59", "Box 12", "Bestand B 136".</summary>
    public static string LevelName(ReferenceLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var word = level.Name.Length == 0 ? level.Kind.ToString() : char.ToUpperInvariant(level.Name[0]) + level.Name[1..];
        return (word + " " + level.Value).ReplaceLineEndings(" ");
    }

    /// <summary>The shelf of the archival tree that <paramref name="reference"/> puts its document on; null when it names no repository.</summary>
    public static Storage.Shelf? ShelfOf(ArchivalReference reference) =>
        RepositoryName(reference) is { } repository ? new Storage.Shelf(repository, [.. reference.Levels.Select(LevelName)]) : null;
}
