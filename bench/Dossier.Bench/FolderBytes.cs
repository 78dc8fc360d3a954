namespace Dossier.Bench;

/// <summary>What a folder takes on disk: the bytes of every file in it and its subfolders (0 when it does not exist).</summary>
internal static class FolderBytes
{
    public static long Of(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
