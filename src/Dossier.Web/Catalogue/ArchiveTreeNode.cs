namespace Dossier.Web.Catalogue;

/// <summary>A level of the archival hierarchy (repository, fond, opis, delo) with what it holds.</summary>
public sealed class ArchiveTreeNode(string name, IReadOnlyList<ArchiveTreeNode> children, IReadOnlyList<CatalogueEntry> documents)
{
    public string Name { get; } = name;

    public IReadOnlyList<ArchiveTreeNode> Children { get; } = children;

    /// <summary>The documents at this level (only deli hold documents).</summary>
    public IReadOnlyList<CatalogueEntry> Documents { get; } = documents;

    public int Count => Documents.Count + Children.Sum(c => c.Count);

    public static IReadOnlyList<ArchiveTreeNode> Build(IEnumerable<CatalogueEntry> entries)
    {
        // Only references with an archival hierarchy; an edition's printed source note is no tree.
        var withReference = entries
            .Where(e => e.Reference is { } r && (!string.IsNullOrWhiteSpace(r.Repository) || !string.IsNullOrWhiteSpace(r.Fond)))
            .ToList();
        return Level(withReference, 0);
    }

    private static readonly (Func<CatalogueEntry, string?> Key, string Prefix, string Missing)[] Levels =
    [
        (e => e.Reference!.Repository, "", "Unknown repository"),
        (e => e.Reference!.Fond, "Fond ", "No fond"),
        (e => e.Reference!.Opis, "Opis ", "No opis"),
        (e => e.Reference!.Delo, "Delo ", "No delo"),
    ];

    private static List<ArchiveTreeNode> Level(IReadOnlyList<CatalogueEntry> entries, int depth)
    {
        var (key, prefix, missing) = Levels[depth];
        return entries
            .GroupBy(e => string.IsNullOrWhiteSpace(key(e)) ? null : key(e)!.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key?.Length ?? 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => depth == Levels.Length - 1
                ? new ArchiveTreeNode(g.Key is null ? missing : prefix + g.Key, [], g.OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ToList())
                : new ArchiveTreeNode(g.Key is null ? missing : prefix + g.Key, Level(g.ToList(), depth + 1), []))
            .ToList();
    }
}
