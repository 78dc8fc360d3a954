namespace Dossier.Web.Composition;

/// <summary>Opens the archive on a data folder, creating or migrating what is there.</summary>
public static class ArchiveFactory
{
    public static Task<Archive> OpenAsync(string dataFolder, CancellationToken cancellationToken = default)
    {
        _ = dataFolder;
        _ = cancellationToken;
        throw new NotSupportedException("wired when the store lands");
    }
}
