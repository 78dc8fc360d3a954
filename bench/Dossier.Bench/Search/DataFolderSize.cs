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
        var total = FolderBytes.Of(data);
        Console.WriteLine(Invariant($"{data}: {total / 1e6:0.0} MB in all"));
        foreach (var file in new DirectoryInfo(data).EnumerateFiles().OrderByDescending(f => f.Length))
        {
            Console.WriteLine(Invariant($"  {file.Name,-32} {file.Length / 1e6,9:0.0} MB"));
        }
        foreach (var folder in new DirectoryInfo(data).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            Dossier.Search.LuceneSearchIndex.RegisterCodec();
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                Console.WriteLine(Invariant($"  {folder.Name + "/",-32} {FolderBytes.Of(folder.FullName) / 1e6,9:0.0} MB"));
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
            PrintFields(reader);
        }
        return 0;
    }

    /// <summary>
    /// Each indexed field's share of the postings: its terms, the documents its terms are in (what .doc holds) and the
    /// positions (what .pos holds), largest first; fields under 0.5 % of both the positions and the term-documents are
    /// summed on one line.
    /// </summary>
    private static void PrintFields(DirectoryReader reader)
    {
        var fields = new Dictionary<string, (long Terms, long Docs, long Positions)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var leafFields = leaf.AtomicReader.Fields;
            if (leafFields is null)
            {
                continue;
            }
            foreach (var name in leafFields)
            {
                var terms = leafFields.GetTerms(name);
                var (t, d, p) = fields.GetValueOrDefault(name);
                fields[name] = (t + Math.Max(0, terms.Count), d + Math.Max(0, terms.SumDocFreq), p + Math.Max(0, terms.SumTotalTermFreq));
            }
        }
        var allPositions = Math.Max(1, fields.Values.Sum(f => f.Positions));
        var allDocs = Math.Max(1, fields.Values.Sum(f => f.Docs));
        Console.WriteLine(Invariant($"    {"field",-30} {"terms",12} {"term-docs",12} {"positions",12}"));
        var small = (Count: 0, Terms: 0L, Docs: 0L, Positions: 0L);
        foreach (var (name, f) in fields.OrderByDescending(f => f.Value.Positions).ThenByDescending(f => f.Value.Docs))
        {
            if (f.Positions * 200 < allPositions && f.Docs * 200 < allDocs)
            {
                small = (small.Count + 1, small.Terms + f.Terms, small.Docs + f.Docs, small.Positions + f.Positions);
                continue;
            }
            Console.WriteLine(Invariant($"    {name,-30} {f.Terms,12:N0} {f.Docs,12:N0} {f.Positions,12:N0}"));
        }
        if (small.Count > 0)
        {
            Console.WriteLine(Invariant($"    {$"{small.Count} other fields",-30} {small.Terms,12:N0} {small.Docs,12:N0} {small.Positions,12:N0}"));
        }
    }

    private static void Add(Dictionary<string, long> sizes, string file, long bytes)
    {
        var extension = Path.GetExtension(file);
        var kind = Kinds.TryGetValue(extension, out var name) ? $"{name} ({extension})" : "other";
        sizes[kind] = sizes.GetValueOrDefault(kind) + bytes;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
