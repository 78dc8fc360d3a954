using Dossier.Core.Storage;

namespace Dossier.Web.Catalogue;

/// <summary>
/// The archival tree of the public records, built once per catalogue snapshot from the store's counts by place
/// (<see cref="CatalogueCounts.Shelves"/>): each shelf knows how many public documents it and the shelves below it
/// hold, and its shelves one level down in natural order. On the 100 FRUS volumes (16,152 places, the Department of
/// State's then in 9,933 series) a shelf's page sorted its shelves afresh in 75–100 ms.
/// </summary>
public sealed class ArchiveTree
{
    private ArchiveTree(Node root) => Root = root;

    /// <summary>The root: every repository one level down.</summary>
    internal Node Root { get; }

    public static ArchiveTree Of(IEnumerable<ShelfCount> shelves)
    {
        ArgumentNullException.ThrowIfNull(shelves);
        var root = new Node("Archives");
        foreach (var shelf in shelves)
        {
            var node = root.Child(shelf.Repository);
            node.Count += shelf.Count;
            foreach (var level in shelf.Levels)
            {
                node = node.Child(level);
                node.Count += shelf.Count;
            }
            node.Here += shelf.Count;
            root.Count += shelf.Count;
        }
        root.Seal();
        return new ArchiveTree(root);
    }

    /// <summary>The shelf at <paramref name="path"/> (a repository, then its levels), or null when no public document lies there.</summary>
    internal Node? Find(IReadOnlyList<string> path)
    {
        var node = Root;
        foreach (var name in path)
        {
            if (!node.ByName.TryGetValue(name, out var child))
            {
                return null;
            }
            node = child;
        }
        return node;
    }

    /// <summary>A shelf: its name, its public documents (on it and below it, and on it alone) and the shelves one level down.</summary>
    internal sealed class Node(string name)
    {
        public string Name { get; } = name;

        public int Count { get; set; }

        public int Here { get; set; }

        public Dictionary<string, Node> ByName { get; } = new(StringComparer.Ordinal);

        /// <summary>The shelves one level down in natural order, once sealed.</summary>
        public IReadOnlyList<Node> Children { get; private set; } = [];

        public Node Child(string name)
        {
            if (!ByName.TryGetValue(name, out var child))
            {
                child = new Node(name);
                ByName.Add(name, child);
            }
            return child;
        }

        public void Seal()
        {
            var children = ByName.Values.ToArray();
            Array.Sort(children, (a, b) => NaturalOrder.Instance.Compare(a.Name, b.Name));
            Children = children;
            foreach (var child in children)
            {
                child.Seal();
            }
        }
    }
}
