using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// A node of the archival tree: a repository, then each level of its own hierarchy (fond / opis / delo for a
/// Russian archive, record group / box / folder for NARA, Bestand / Akte for the Bundesarchiv), with how many
/// public documents it holds and those of them listed whose reference ends at that level.
/// </summary>
public sealed class ArchiveTreeNode(string name, int count, IReadOnlyList<ArchiveTreeNode> children, IReadOnlyList<CatalogueEntry> documents)
{
    public string Name { get; } = name;

    /// <summary>Public documents at this level and below, counted by the store (listed or not).</summary>
    public int Count { get; } = count;

    public IReadOnlyList<ArchiveTreeNode> Children { get; } = children;

    /// <summary>The listed documents whose reference ends at this level, by date.</summary>
    public IReadOnlyList<CatalogueEntry> Documents { get; } = documents;

    /// <summary>The tree of <paramref name="shelves"/> (the store's counts), listing <paramref name="documents"/> (in date order) where their references put them.</summary>
    public static IReadOnlyList<ArchiveTreeNode> Build(IEnumerable<ShelfCount> shelves, IEnumerable<CatalogueEntry> documents)
    {
        ArgumentNullException.ThrowIfNull(shelves);
        ArgumentNullException.ThrowIfNull(documents);
        var placed = documents
            .Select(d => (Entry: d, Place: d.Reference is { } r ? Place(r) : null))
            .Where(d => d.Place is not null)
            .Select(d => (d.Entry, Place: d.Place!.Value))
            .ToList();
        return shelves
            .GroupBy(s => s.Repository, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Node(
                g.Key,
                [.. g.Select(s => (s.Levels, s.Count))],
                [.. placed.Where(p => string.Equals(p.Place.Repository, g.Key, StringComparison.Ordinal)).Select(p => (p.Entry, p.Place.Levels))],
                0))
            .ToList();
    }

    /// <summary>"Russian State Archive of Contemporary History (RGANI)", or the repository as printed.</summary>
    public static string? RepositoryName(ArchivalReference reference) => ArchivalPlace.RepositoryName(reference);

    /// <summary>A level as the tree names it: "Fond 5", "Record group 59", "Box 12", "Bestand B 136".</summary>
    public static string LevelName(ReferenceLevel level) => ArchivalPlace.LevelName(level);

    private static (string Repository, IReadOnlyList<string> Levels)? Place(ArchivalReference reference) =>
        ArchivalPlace.RepositoryName(reference) is { } repository ? (repository, [.. reference.Levels.Select(ArchivalPlace.LevelName)]) : null;

    private static ArchiveTreeNode Node(
        string name, List<(IReadOnlyList<string> Levels, int Count)> shelves, List<(CatalogueEntry Entry, IReadOnlyList<string> Levels)> documents, int depth)
    {
        var here = documents.Where(d => d.Levels.Count <= depth).Select(d => d.Entry).ToList();
        var children = shelves
            .Where(s => s.Levels.Count > depth)
            .GroupBy(s => s.Levels[depth], StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Node(
                g.Key,
                g.ToList(),
                documents.Where(d => d.Levels.Count > depth && string.Equals(d.Levels[depth], g.Key, StringComparison.Ordinal)).ToList(),
                depth + 1))
            .ToList();
        return new ArchiveTreeNode(name, shelves.Sum(s => s.Count), children, here);
    }
}
