namespace Dossier.Core.Importing;

/// <summary>Expands the paths given to an import into files, folders recursively, in a stable order.</summary>
public static class ImportFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<ImportFailure> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(missing);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(new ImportFailure(path, null, null, null, "no such file or folder"));
            }
        }
        return files;
    }
}
