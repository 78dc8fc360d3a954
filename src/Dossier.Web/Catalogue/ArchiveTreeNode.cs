using Dossier.Core.Records;

namespace Dossier.Web.Catalogue;

/// <summary>
/// A node of the archival tree: a repository, then each level of its own hierarchy (fond / opis / delo for a
/// Russian archive, record group / box / folder for NARA, Bestand / Akte for the Bundesarchiv), with the documents
/// whose reference ends at that level.
/// </summary>
public sealed class ArchiveTreeNode(string name, IReadOnlyList<ArchiveTreeNode> children, IReadOnlyList<CatalogueEntry> documents)
{
    public string Name { get; } = name;

    public IReadOnlyList<ArchiveTreeNode> Children { get; } = children;

    /// <summary>The documents whose reference ends at this level.</summary>
    public IReadOnlyList<CatalogueEntry> Documents { get; } = documents;

    public int Count => Documents.Count + Children.Sum(c => c.Count);

    public static IReadOnlyList<ArchiveTreeNode> Build(IEnumerable<CatalogueEntry> entries)
    {
        // Only references that name a repository: an unparsed printed note is no place in a tree.
        return entries
            .Where(e => e.Reference is { } r && RepositoryName(r) is not null)
            .GroupBy(e => RepositoryName(e.Reference!)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Node(g.Key, g.ToList(), 0))
            .ToList();
    }

    /// <summary>"Russian State Archive of Contemporary History (RGANI)", or the repository as printed.</summary>
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

    /// <summary>A level as the tree names it: "Fond 5", "Record group 59", "Box 12", "Bestand B 136".</summary>
    public static string LevelName(ReferenceLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var word = level.Name.Length == 0 ? level.Kind.ToString() : char.ToUpperInvariant(level.Name[0]) + level.Name[1..];
        return word + " " + level.Value;
    }

    private static ArchiveTreeNode Node(string name, List<CatalogueEntry> entries, int depth)
    {
        var here = entries.Where(e => e.Reference!.Levels.Count <= depth).OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ToList();
        var children = entries
            .Where(e => e.Reference!.Levels.Count > depth)
            .GroupBy(e => LevelName(e.Reference!.Levels[depth]), StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Node(g.Key, g.ToList(), depth + 1))
            .ToList();
        return new ArchiveTreeNode(name, children, here);
    }
}
