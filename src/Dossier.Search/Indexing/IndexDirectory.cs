using Lucene.Net.Store;

namespace Dossier.Search.Indexing;

/// <summary>
/// How every index folder is opened: with <see cref="PositionalDirectory"/>, whose inputs read at a position without a
/// lock, not the memory-mapped directory <see cref="FSDirectory.Open(DirectoryInfo, LockFactory)"/> picks on 64-bit
/// Linux. In Lucene.NET 4.8.0-beta00017 every clone of a memory-mapped input (each term lookup and postings list of
/// every query clones one) is registered in a table behind one lock, so concurrent searches queue on it: on the 100
/// FRUS volumes at 64 connections the search page served 197 requests a second memory-mapped and 251 with Lucene's
/// positional directory (<see cref="NIOFSDirectory"/>), whose inputs in turn share one stream per file behind a lock.
/// </summary>
internal static class IndexDirectory
{
    public static FSDirectory Open(string folder, LockFactory? lockFactory = null) =>
        new PositionalDirectory(new DirectoryInfo(folder), lockFactory);
}
