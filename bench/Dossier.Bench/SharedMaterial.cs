namespace Dossier.Bench;

/// <summary>Where the shared corpora are: DOSSIER_SHARED, or ../shared beside the checkout (found from the bench's binary or the current folder).</summary>
internal static class SharedMaterial
{
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                }
            }
        }
        throw new DirectoryNotFoundException("../shared not found beside Dossier.slnx; set DOSSIER_SHARED");
    }
}
