using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Search.Indexing;

/// <summary>
/// Merges the segments a bulk of changes left (the 100 FRUS volumes' import left 12) into as few as the merge policy's
/// largest segment allows. Every query pays per segment — each term looked up, each scorer built once per segment — so
/// one segment instead of 12 took the search page on the 100 volumes from 49 to 35 ms of CPU a request (p50 16 → 10 ms
/// one at a time), for a merge of 19 s after that import. Searches go on over the segments as they were until the
/// merge is committed.
/// </summary>
internal static class SegmentMerge
{
    /// <summary>Lucene's TieredMergePolicy's default largest merged segment: a merge after a bulk makes none larger.</summary>
    private const long LargestSegmentBytes = 5L << 30;

    public static void AfterBulk(IndexWriter writer, Lucene.Net.Store.Directory directory)
    {
        var bytes = directory.ListAll().Sum(file => Length(directory, file));
        writer.ForceMerge((int)Math.Max(1, (bytes + LargestSegmentBytes - 1) / LargestSegmentBytes));
    }

    /// <summary>A file's length, or 0 for one a background merge deleted since the listing.</summary>
    private static long Length(Lucene.Net.Store.Directory directory, string file)
    {
        try
        {
            return directory.FileLength(file);
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }
}
