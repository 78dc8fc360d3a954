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
    /// <summary>A catch-up applying this many changes or more (an import, a rebuild) may be a bulk (see <see cref="IsBulk"/>).</summary>
    internal const int BulkChanges = 1_000;

    /// <summary>
    /// A bulk is also a quarter of the index or more: the records a small import relinks in a large archive (2,080 of the
    /// 100 volumes' 31,668 for the model record) add a segment that costs queries little, where merging the whole index
    /// again took 19 s.
    /// </summary>
    internal const int BulkShare = 4;

    /// <summary>Lucene's TieredMergePolicy's default largest merged segment: a merge after a bulk makes none larger.</summary>
    private const long LargestSegmentBytes = 5L << 30;

    /// <summary>Whether <paramref name="applied"/> changes to an index now holding <paramref name="documents"/> are a bulk, to merge after.</summary>
    public static bool IsBulk(int applied, int documents) => applied >= BulkChanges && (long)applied * BulkShare >= documents;

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
