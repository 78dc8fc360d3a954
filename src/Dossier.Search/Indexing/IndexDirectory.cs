using Lucene.Net.Store;

namespace Dossier.Search.Indexing;

/// <summary>
/// How every index folder is opened: with <see cref="NIOFSDirectory"/> (positional reads), not the memory-mapped
/// directory <see cref="FSDirectory.Open(DirectoryInfo, LockFactory)"/> picks on 64-bit Linux. In Lucene.NET
/// 4.8.0-beta00017 every clone of a memory-mapped input (each term lookup and postings list of every query clones
/// one) is registered in a table behind one lock, so concurrent searches queue on it: on the 100 FRUS volumes the
/// search page took 64–71 ms of CPU a request at 16 connections memory-mapped and 51–52 ms this way, and one search at
/// a time was as fast either way (p50 14–16 ms).
/// </summary>
internal static class IndexDirectory
{
    public static FSDirectory Open(string folder, LockFactory? lockFactory = null) =>
        new NIOFSDirectory(new DirectoryInfo(folder), lockFactory);
}
