using System.Runtime;
using Dossier.Core.Records;

namespace Dossier.Core.Importing;

/// <summary>
/// Gives the copies of a big text back to the system as soon as a step of the import is done with them (issue 15:
/// peak memory for importing a file stays under 300 MB plus three times its size).
/// </summary>
/// <remarks>
/// A text of millions of characters passes through several large-object copies (the reader's buffer, the record,
/// its stored JSON, the database's UTF-8), each dead once the next step has it. The GC frees large objects only in a
/// full collection, which its budget puts off for hundreds of megabytes, so without help the dead copies of every
/// step add up. One full, compacting collection after a step with a big text costs tens of milliseconds next to the
/// seconds such a record takes; records of ordinary size never trigger it.
/// </remarks>
public static class ImportMemory
{
    /// <summary>A layer at least this long (in characters) is a big text: about 2 MB of copies each.</summary>
    public const int BigText = 1024 * 1024;

    /// <summary>True when one of the records' texts is a big text.</summary>
    public static bool AnyBig(IEnumerable<ArchiveRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Any(r => r.Layers.Exists(l => l.Text is { Length: >= BigText }));
    }

    /// <summary>
    /// Resumes the caller on a fresh stack. When an awaited read finished asynchronously, its continuation (and
    /// everything after it: the record built, stored, relinked and indexed) runs inside the finished reader's stack
    /// frames, whose slots keep the reader's buffers (a page's bytes and decoded text) reachable to the end of the
    /// import. Awaiting this after a read lets those frames return first.
    /// </summary>
    public static System.Runtime.CompilerServices.YieldAwaitable LeaveReaderStack() => Task.Yield();

    /// <summary>
    /// Collects all generations now, compacting the large object heap and giving the freed pages back (an aggressive
    /// collection, where a forced one keeps them committed for later), then asks the C library to return what the
    /// database freed (its copies of a bound or read document) instead of keeping it for the next allocation.
    /// </summary>
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }
}
