using Dossier.Web.Composition;

namespace Dossier.Web.Tests.Support;

internal static class TestArchive
{
    public static async Task<Archive> OpenAsync(string dataFolder)
    {
        try
        {
            return await ArchiveFactory.OpenAsync(dataFolder);
        }
        catch (NotSupportedException)
        {
            Directory.CreateDirectory(dataFolder);
            return new Archive(dataFolder, new MemoryArchiveStore(), null, null, [], [], TimeProvider.System);
        }
    }
}
