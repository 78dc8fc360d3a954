using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Search.Tests.Querying;

/// <summary>An index written in memory for a query's test, and its reader; disposing closes both.</summary>
internal sealed record MemoryIndex(RAMDirectory Directory, DirectoryReader Reader) : IDisposable
{
    /// <summary>The reader over what <paramref name="directory"/> holds, once its writer is closed.</summary>
    public static MemoryIndex Over(RAMDirectory directory) => new(directory, DirectoryReader.Open(directory));

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
    }
}
