using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Dossier.Search.Visibility;

/// <summary>
/// The second of the archive's two Lucene indexes: records not public now (drafts, withdrawn records, and
/// records under an embargo), in <c>&lt;dataFolder&gt;/index-restricted</c>. The main index holds only records
/// public now, so every statistic a public search sees (document frequencies, average field lengths for BM25,
/// facet values and their labels) is computed from public records alone: a hidden record cannot change a public
/// ranking or label, nor reveal that it exists. Searches that may see everything read both through a
/// <see cref="MultiReader"/>. A record moves between the two when it changes, and when its embargo lapses
/// (<see cref="MoveLapsedAsync"/>). Not thread-safe for writes: the owner serializes them.
/// </summary>
internal sealed class RestrictedIndex : IDisposable
{
    public const string FolderName = "index-restricted";

    private const string SequenceKey = "dossier.sequence";

    /// <summary>Doc values: UTC ticks when a published record's embargo ends (0 for drafts and withdrawn records, which never lapse).</summary>
    private const string LapseField = "lapse";

    private readonly FSDirectory _directory;
    private readonly Func<IndexWriterConfig> _config;
    private IndexWriter _writer;
    private IndexSearchers _searchers;
    private long _nextLapse;

    public RestrictedIndex(string dataFolder, Func<IndexWriterConfig> config)
    {
        _config = config;
        var folder = Path.Combine(dataFolder, FolderName);
        System.IO.Directory.CreateDirectory(folder);
        _directory = IndexDirectory.Open(folder);
        (_writer, _searchers) = Open();
        FindNextLapse();
    }

    /// <summary>The store change sequence of this index's last commit: if it differs from the main index's, the two are rebuilt.</summary>
    public long CommittedSequence { get; private set; }

    /// <summary>True when a published record in here may have become public at <paramref name="now"/>.</summary>
    public bool HasLapsedAt(DateTimeOffset now) => Interlocked.Read(ref _nextLapse) is > 0 and var next && next <= now.UtcTicks;

    /// <summary>Writes <paramref name="record"/> to the index its visibility at <paramref name="now"/> says, and removes it from the other.</summary>
    public void Update(IndexWriter publicWriter, ArchiveRecord record, DateTimeOffset now)
    {
        var term = new Term(IndexFields.Id, record.Id);
        var document = RecordDocumentBuilder.Build(record);
        if (record.IsPublicAt(now))
        {
            publicWriter.UpdateDocument(term, document);
            _writer.DeleteDocuments(term);
            return;
        }
        var lapse = Lapse(record);
        document.Add(new NumericDocValuesField(LapseField, lapse));
        _writer.UpdateDocument(term, document);
        publicWriter.DeleteDocuments(term);
        if (lapse > 0)
        {
            NoteLapse(lapse);
        }
    }

    /// <summary>Adds a record to an index emptied for a rebuild.</summary>
    public void Add(IndexWriter publicWriter, ArchiveRecord record, DateTimeOffset now)
    {
        var document = RecordDocumentBuilder.Build(record);
        if (record.IsPublicAt(now))
        {
            publicWriter.AddDocument(document);
            return;
        }
        var lapse = Lapse(record);
        document.Add(new NumericDocValuesField(LapseField, lapse));
        _writer.AddDocument(document);
        if (lapse > 0)
        {
            NoteLapse(lapse);
        }
    }

    public void Delete(IndexWriter publicWriter, string id)
    {
        var term = new Term(IndexFields.Id, id);
        publicWriter.DeleteDocuments(term);
        _writer.DeleteDocuments(term);
    }

    public void DeleteAll()
    {
        _writer.DeleteAll();
        Interlocked.Exchange(ref _nextLapse, 0);
    }

    /// <summary>Commits before the main index does, so the main index's sequence never runs ahead of this one's.</summary>
    public void Commit(long sequence)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        CommittedSequence = sequence;
    }

    public void Rollback()
    {
        _writer.Rollback();
        _searchers.Dispose();
        (_writer, _searchers) = Open();
        FindNextLapse();
    }

    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>A searcher over both indexes for searches that may see every record; dispose it with <see cref="Release"/>.</summary>
    public IndexSearcher Combine(IndexSearcher publicSearcher)
    {
        var restricted = _searchers.Acquire();
        try
        {
            // The MultiReader takes its own references to both readers and gives them back when disposed.
            var both = new MultiReader([publicSearcher.IndexReader, restricted.IndexReader], false);
            return new IndexSearcher(both) { Similarity = IndexSearchers.Similarity };
        }
        finally
        {
            _searchers.Release(restricted);
        }
    }

    public static void Release(IndexSearcher? combined) => combined?.IndexReader.Dispose();

    /// <summary>
    /// Moves every record whose embargo ended by <paramref name="now"/> into the public index, reading it again from
    /// the store (the truth), and finds the next embargo to end. Returns how many records were moved; the caller commits.
    /// </summary>
    public async Task<int> MoveLapsedAsync(IndexWriter publicWriter, IRecordStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (lapsed, next) = Lapses(now.UtcTicks);
        Interlocked.Exchange(ref _nextLapse, next);
        if (lapsed.Count == 0)
        {
            return 0;
        }
        var records = await store.GetManyAsync(lapsed, cancellationToken).ConfigureAwait(false);
        var found = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var id in lapsed)
        {
            if (found.TryGetValue(id, out var record))
            {
                Update(publicWriter, record, now);
            }
            else
            {
                Delete(publicWriter, id);
            }
        }
        return lapsed.Count;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static long Lapse(ArchiveRecord record) =>
        record.Status == RecordStatus.Published && record.EmbargoUntil is { } until ? until.UtcTicks : 0L;

    private void NoteLapse(long ticks)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _nextLapse);
            if (current > 0 && current <= ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _nextLapse, ticks, current) != current);
    }

    /// <summary>Ids of live records whose embargo ended by <paramref name="nowTicks"/>, and the earliest embargo end after it (0 when none).</summary>
    private (List<string> Lapsed, long Next) Lapses(long nowTicks)
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            var lapsed = new List<string>();
            var next = 0L;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                if (reader.GetNumericDocValues(LapseField) is not { } lapses)
                {
                    continue;
                }
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    var lapse = lapses.Get(doc);
                    if (lapse == 0 || (live is not null && !live.Get(doc)))
                    {
                        continue;
                    }
                    if (lapse <= nowTicks)
                    {
                        lapsed.Add(reader.Document(doc).Get(IndexFields.Id, CultureInfo.InvariantCulture));
                    }
                    else if (next == 0 || lapse < next)
                    {
                        next = lapse;
                    }
                }
            }
            return (lapsed, next);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private (IndexWriter Writer, IndexSearchers Searchers) Open()
    {
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(_directory, _config());
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            // Derived data: start empty; the sequence check makes the main index rebuild both.
            foreach (var file in _directory.ListAll())
            {
                _directory.DeleteFile(file);
            }
            writer = new IndexWriter(_directory, _config());
        }
        CommittedSequence = writer.CommitData.TryGetValue(SequenceKey, out var stored)
            && long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
        return (writer, new IndexSearchers(writer, true));
    }

    /// <summary>Finds the next embargo to end from the index itself (nothing has lapsed by tick 0).</summary>
    private void FindNextLapse() => Interlocked.Exchange(ref _nextLapse, Lapses(0).Next);
}
