using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Bench.Search;

/// <summary>
/// `data-size --data DIR`: where a data folder's bytes are. The store's files, then each Lucene index folder by file
/// kind, compound files opened (Lucene 4.x file extensions: .tvd/.tvx term vectors, .fdt/.fdx stored fields,
/// .tim/.tip term dictionary, .doc/.pos/.pay postings, .dvd/.dvm doc values, .nvd/.nvm norms), with the documents and
/// deleted documents each index holds (a deleted document keeps its bytes until its segment is merged).
/// </summary>
internal static class DataFolderSize
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        [".tvd"] = "term vectors",
        [".tvx"] = "term vectors",
        [".fdt"] = "stored fields",
        [".fdx"] = "stored fields",
        [".tim"] = "term dictionary",
        [".tip"] = "term dictionary",
        [".doc"] = "postings: docs",
        [".pos"] = "postings: positions",
        [".pay"] = "postings: offsets, payloads",
        [".dvd"] = "doc values",
        [".dvm"] = "doc values",
        [".nvd"] = "norms",
        [".nvm"] = "norms",
    };

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        var data = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (data is null || !System.IO.Directory.Exists(data))
        {
            Console.Error.WriteLine("usage: data-size --data DIR");
            return 2;
        }
        var total = new DirectoryInfo(data).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine(Invariant($"{data}: {total / 1e6:0.0} MB in all"));
        foreach (var file in new DirectoryInfo(data).EnumerateFiles().OrderByDescending(f => f.Length))
        {
            Console.WriteLine(Invariant($"  {file.Name,-32} {file.Length / 1e6,9:0.0} MB"));
        }
        foreach (var folder in new DirectoryInfo(data).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                Console.WriteLine(Invariant($"  {folder.Name + "/",-32} {folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1e6,9:0.0} MB"));
                continue;
            }
            using var reader = DirectoryReader.Open(directory);
            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var name in directory.ListAll())
            {
                if (name.EndsWith(".cfs", StringComparison.Ordinal))
                {
                    using var compound = new CompoundFileDirectory(directory, name, IOContext.READ_ONCE, false);
                    foreach (var inner in compound.ListAll())
                    {
                        Add(sizes, inner, compound.FileLength(inner));
                    }
                }
                else if (!name.EndsWith(".cfe", StringComparison.Ordinal))
                {
                    Add(sizes, name, directory.FileLength(name));
                }
            }
            Console.WriteLine(Invariant($"  {folder.Name + "/",-32} {sizes.Values.Sum() / 1e6,9:0.0} MB  {reader.NumDocs} documents, {reader.NumDeletedDocs} deleted, {reader.Leaves.Count} segments"));
            foreach (var (kind, bytes) in sizes.OrderByDescending(s => s.Value))
            {
                Console.WriteLine(Invariant($"    {kind,-30} {bytes / 1e6,9:0.0} MB"));
            }
        }
        return 0;
    }

    private static void Add(Dictionary<string, long> sizes, string file, long bytes)
    {
        var extension = Path.GetExtension(file);
        var kind = Kinds.TryGetValue(extension, out var name) ? $"{name} ({extension})" : "other";
        sizes[kind] = sizes.GetValueOrDefault(kind) + bytes;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
