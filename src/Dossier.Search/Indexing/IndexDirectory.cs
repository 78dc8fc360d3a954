using Lucene.Net.Store;

namespace Dossier.Search.Indexing;

/// <summary>
/// How every index folder is opened: memory-mapped with <see cref="MappedDirectory"/>, whose inputs read through a
/// pointer with no system call and no lock. Not with the memory-mapped directory
/// <see cref="FSDirectory.Open(DirectoryInfo, LockFactory)"/> picks on 64-bit Linux: in Lucene.NET 4.8.0-beta00017 every
/// clone of its inputs (each term lookup and postings list of every query clones one) is registered in a table behind
/// one lock, so concurrent searches queue on it (on the 100 FRUS volumes at 64 connections the search page served 197
/// requests a second with it and 251 with <see cref="NIOFSDirectory"/>). On Windows, where a mapped file cannot be
/// deleted until it is unmapped, and our mappings last until collected, inputs read at a position
/// (<see cref="PositionalDirectory"/>) instead.
/// </summary>
internal static class IndexDirectory
{
    public static FSDirectory Open(string folder, LockFactory? lockFactory = null)
    {
        IndexCodec.Register();
        return OperatingSystem.IsWindows()
            ? new PositionalDirectory(new DirectoryInfo(folder), lockFactory)
            : new MappedDirectory(new DirectoryInfo(folder), lockFactory);
    }
}
