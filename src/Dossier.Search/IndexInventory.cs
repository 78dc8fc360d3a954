using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Search;

/// <summary>
/// What the index's last commit holds, read without its write lock (so beside a running <c>dossier serve</c>):
/// the record ids, the store sequence it reflects, and the records it skipped. <c>dossier check</c> compares it with the store.
/// </summary>
public sealed class IndexInventory
{
    private IndexInventory(IReadOnlySet<string> ids, long appliedSequence, IReadOnlyList<SkippedRecord> skipped, bool writerActive)
    {
        Ids = ids;
        AppliedSequence = appliedSequence;
        Skipped = skipped;
        WriterActive = writerActive;
    }

    public IReadOnlySet<string> Ids { get; }

    public long AppliedSequence { get; }

    public IReadOnlyList<SkippedRecord> Skipped { get; }

    /// <summary>True when a process held the index's write lock while this was read (its newest work may not be committed yet).</summary>
    public bool WriterActive { get; }

    /// <summary>Reads the index in <c>&lt;dataFolder&gt;/index</c>; an index never committed reads as empty.</summary>
    public static IndexInventory Read(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        var writerActive = ExclusiveFileLockFactory.IsHeld(LuceneSearchIndex.LockFilePath(dataFolder));
        var folder = Path.Combine(dataFolder, "index");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(folder))
        {
            return new IndexInventory(ids, 0, [], writerActive);
        }
        using var directory = Indexing.IndexDirectory.Open(folder, NoLockFactory.GetNoLockFactory());
        if (!DirectoryReader.IndexExists(directory))
        {
            return new IndexInventory(ids, 0, [], writerActive);
        }
        using var reader = DirectoryReader.Open(directory);
        AddIds(reader, ids);
        // Records not public now live in the restricted index beside it; both together are what the index holds.
        var restrictedFolder = Path.Combine(dataFolder, Visibility.RestrictedIndex.FolderName);
        if (System.IO.Directory.Exists(restrictedFolder))
        {
            using var restrictedDirectory = Indexing.IndexDirectory.Open(restrictedFolder, NoLockFactory.GetNoLockFactory());
            if (DirectoryReader.IndexExists(restrictedDirectory))
            {
                using var restricted = DirectoryReader.Open(restrictedDirectory);
                AddIds(restricted, ids);
            }
        }
        var data = reader.IndexCommit.UserData;
        var sequence = data.TryGetValue(LuceneSearchIndex.SequenceKey, out var stored)
            && long.TryParse(stored, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return new IndexInventory(ids, sequence, IndexSkips.Parse(data).Snapshot(), writerActive);
    }

    private static void AddIds(DirectoryReader reader, HashSet<string> ids)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Id };
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                ids.Add(reader.Document(doc, fields).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
