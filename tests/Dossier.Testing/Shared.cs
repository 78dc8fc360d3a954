namespace Dossier.Testing;

/// <summary>
/// Finds the project's root and the third-party material in ../shared beside it. Tests read
/// fixtures and corpora from there; the project holds none of them.
/// </summary>
public static class Shared
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    /// <summary>The folder holding Dossier.slnx.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>../shared, or DOSSIER_SHARED when set.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("DOSSIER_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path inside ../shared, e.g. Shared.Path("fixtures/wcda/119698.md").</summary>
    public static string PathTo(string relative)
    {
        var path = System.IO.Path.Combine(Folder, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"shared material is missing: {path}", path);
        }
        return path;
    }

    public static string ModelRecord => PathTo("fixtures/wcda/119698.md");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
