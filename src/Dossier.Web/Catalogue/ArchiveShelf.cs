using System.Globalization;
using System.Text;
using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// One shelf of the archival tree as its page shows it: the repositories at the root, then each level of a
/// repository's own hierarchy (fond / opis / delo for a Russian archive, record group / box / folder for NARA, Bestand /
/// Akte for the Bundesarchiv), with the shelves one level down and how many public documents each holds, read from the
/// store's counts (<see cref="CatalogueCounts.Shelves"/>). A shelf is browsed one level at a time: the 100 FRUS volumes
/// hold 16,152 places, which as one tree made a page of 3.3 MB.
/// </summary>
public sealed class ArchiveShelf
{
    /// <summary>The tree's own address; a shelf's adds its repository and levels (<c>?repository=…&amp;level1=…&amp;level2=…</c>).</summary>
    public const string Root = "/browse/archives";

    /// <summary>The parameter naming a shelf's repository.</summary>
    public const string RepositoryKey = "repository";

    /// <summary>
    /// The parameter naming a shelf's level <paramref name="depth"/> (from 1): each level a key of its own, where one key
    /// repeated would do. The levels' order is the shelf, and a key of its own says each level's place whatever reads
    /// the address (ASP.NET Core's output cache once sorted a repeated key's values in place: see
    /// <see cref="Hosting.AddressAsWritten"/>).
    /// </summary>
    public static string LevelKey(int depth) => "level" + depth.ToString(CultureInfo.InvariantCulture);

    private readonly ChildLinks _children;

    private ArchiveShelf(Shelf? place, int count, int here, ChildLinks children)
    {
        Place = place;
        Count = count;
        Here = here;
        _children = children;
    }

    /// <summary>This shelf's repository and levels; null at the root.</summary>
    public Shelf? Place { get; }

    /// <summary>Public documents on this shelf and the shelves below it.</summary>
    public int Count { get; }

    /// <summary>Public documents filed on this very shelf: their references end at its level.</summary>
    public int Here { get; }

    /// <summary>The shelves one level down, in natural order ("Box 2" before "Box 10").</summary>
    public IReadOnlyList<ShelfLink> Children => _children;

    /// <summary>The shelves one level down whose names contain <paramref name="text"/> (any case), a link made for each of them only.</summary>
    public IReadOnlyList<ShelfLink> Named(string text) => _children.Named(text);

    /// <summary>The shelf's name: its last level, its repository, or "Archives" at the root.</summary>
    public string Name => Place is null ? "Archives" : Place.Levels.Count > 0 ? Place.Levels[^1] : Place.Repository;

    /// <summary>The shelves above this one, from the root down, each with its address.</summary>
    public IReadOnlyList<ShelfLink> Trail()
    {
        if (Place is null)
        {
            return [];
        }
        var trail = new List<ShelfLink> { new("Archives", 0, null) };
        for (var depth = 0; depth < Place.Levels.Count; depth++)
        {
            var above = new Shelf(Place.Repository, [.. Place.Levels.Take(depth)]);
            trail.Add(new ShelfLink(depth == 0 ? Place.Repository : Place.Levels[depth - 1], 0, above));
        }
        return trail;
    }

    /// <summary>The shelf at <paramref name="path"/> (a repository, then levels; empty for the root) of <paramref name="tree"/>; null when no public document lies there.</summary>
    public static ArchiveShelf? Find(ArchiveTree tree, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(path);
        if (tree.Find(path) is not { } node)
        {
            return null;
        }
        var place = path.Count == 0 ? null : new Shelf(path[0], [.. path.Skip(1)]);
        return new ArchiveShelf(place, node.Count, node.Here, new ChildLinks(node.Children, place));
    }

    /// <summary>The shelf at <paramref name="path"/> among the public <paramref name="shelves"/> (the store's counts by place).</summary>
    public static ArchiveShelf? Find(IReadOnlyList<ShelfCount> shelves, IReadOnlyList<string> path) => Find(ArchiveTree.Of(shelves), path);

    /// <summary>The address of <paramref name="shelf"/>'s page; the root's for null.</summary>
    public static string Href(Shelf? shelf)
    {
        if (shelf is null)
        {
            return Root;
        }
        var href = new StringBuilder(Root).Append('?').Append(RepositoryKey).Append('=').Append(Uri.EscapeDataString(shelf.Repository));
        for (var i = 0; i < shelf.Levels.Count; i++)
        {
            href.Append('&').Append(LevelKey(i + 1)).Append('=').Append(Uri.EscapeDataString(shelf.Levels[i]));
        }
        return href.ToString();
    }
}

/// <summary>
/// The shelves one level down as links, each made when it is read: a page shows 100 of them, and the 100 FRUS
/// volumes' Central Files hold 9,562 (making every link took about 10 ms a request).
/// </summary>
internal sealed class ChildLinks(IReadOnlyList<ArchiveTree.Node> nodes, Shelf? parent) : IReadOnlyList<ShelfLink>
{
    public int Count => nodes.Count;

    public IReadOnlyList<ShelfLink> Named(string text) =>
        [.. Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(i => this[i])];

    public ShelfLink this[int index] =>
        new(nodes[index].Name, nodes[index].Count, parent is null ? new Shelf(nodes[index].Name, []) : parent with { Levels = [.. parent.Levels, nodes[index].Name] });

    public IEnumerator<ShelfLink> GetEnumerator()
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A shelf as a link shows it: its name and the public documents on it and below it; the root's place is null.</summary>
public sealed record ShelfLink(string Name, int Count, Shelf? Place)
{
    /// <summary>The shelf's page, written when a link is shown (the Central Files of the 100 FRUS volumes hold 9,562 files).</summary>
    public string Href => ArchiveShelf.Href(Place);
}
