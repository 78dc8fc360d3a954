using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Search.Authorities;
using Dossier.Search.Facets;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Dossier.Search.Snippets;
using Dossier.Search.Visibility;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search;

/// <summary>
/// The archive's full-text index (Lucene.NET 4.8), derived from the store: it follows the store's change
/// sequence (<see cref="CatchUpAsync"/>) and records the last applied sequence number in each Lucene commit's
/// user data, so after a crash or restart it resumes where its last commit ended. One instance per data folder
/// and process: it holds the index's write lock, an operating-system lock on <c>&lt;dataFolder&gt;/index.lock</c> (see
/// <see cref="ExclusiveFileLockFactory"/>), so a second process gets <see cref="LockObtainFailedException"/>; thread-safe: searches run concurrently on near-real-time
/// searchers, writes are serialized.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex, IDisposable
{
    internal const string SequenceKey = "dossier.sequence";
    private const string FormatKey = "dossier.format";

    /// <summary>Bumped when documents gain fields searches rely on (2: layer-qualified text, facet label fields; 4: non-public records in their own index; 5: latn folds spelling variants; 6: title.forms; 7: offsets in the postings instead of term vectors, layer layout doc values; 8: cited authority ids, the stored shelf; 9: word spans instead of offsets in the word fields' postings; 10: the layers' footnotes; 11: the footnotes stored and placed, for their snippets; 12: organisations in the description; 13: stored fields in 4 KB chunks, IndexCodec, so that an archive's index is rewritten in it at once instead of merge by merge; 14: the citation in the description; 15: the shelves of the archival tree a record is on, and a repository's name as its facet label; 16: no Snowball name stem for a Cyrillic word in -и; 17: the skeleton key keeps the first vowel where it stands; 18: nor in -о; 19: a long layer's text stored in slices, LayerSlices, rewritten at once so that every hit reads only the stretch of a long layer around its matches; 20: the romanized field written only where romanizing changed a word, read with the exact field, RomanizedView, now WholeFieldsView; 21: the English stem field without the function words and numbers that are their own stems, in a record whose every part is English, read with the exact field too; 22: a layer whose words a field leaves out still has its qualified copy there, so later layers' positions line up with the exact field's).</summary>
    private const string FormatVersion = "22";

    private const int MaxFacetValues = 50;
    private const int MaxWindow = 10_000;

    private readonly IRecordStore _store;
    private readonly AuthorityNamesLoad _names;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly FSDirectory _directory;
    private IndexWriter _writer;
    private IndexSearchers _searchers;
    private IndexSkips _skips = new();
    private readonly RestrictedIndex _restricted;
    private long _applied;
    private bool _disposed;

    /// <summary>
    /// Opens (or creates) the index in <c>&lt;dataFolder&gt;/index</c>. Call <see cref="CatchUpAsync"/> to bring it up to the store.
    /// With <paramref name="authorities"/>, name queries also find the other spellings authority records give, and
    /// person and place facets are labelled with the authorities' preferred names.
    /// </summary>
    public LuceneSearchIndex(IRecordStore store, string dataFolder, TimeProvider? timeProvider = null, IAuthorityStore? authorities = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _names = new AuthorityNamesLoad(authorities, _time);
        Names = new SearchNameMatcher(ReadWordsAsync);
        IndexFolder = Path.Combine(dataFolder, "index");
        System.IO.Directory.CreateDirectory(IndexFolder);
        _directory = IndexDirectory.Open(IndexFolder, new ExclusiveFileLockFactory(LockFilePath(dataFolder)));
        try
        {
            (_writer, _searchers) = Open();
        }
        catch
        {
            _directory.Dispose();
            throw;
        }
        try
        {
            // Opened only by the process that holds the main index's lock, so it needs no lock of its own to be exclusive.
            _restricted = new RestrictedIndex(dataFolder, NewConfig);
        }
        catch
        {
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            throw;
        }
        if (_restricted.CommittedSequence != _applied)
        {
            // The two indexes were not committed together (a crash between them, or an older format): refill both.
            _writer.DeleteAll();
            _restricted.DeleteAll();
            Interlocked.Exchange(ref _applied, 0);
        }
    }

    /// <summary>The lock file one index writer per data folder holds: <c>&lt;dataFolder&gt;/index.lock</c>, never deleted.</summary>
    public static string LockFilePath(string dataFolder) => Path.Combine(Path.GetFullPath(dataFolder), "index.lock");

    /// <summary>Stored records the index could not hold, as of the last catch-up or rebuild.</summary>
    public IReadOnlyList<SkippedRecord> Skipped => _skips.Snapshot();

    /// <summary>The index folder's path: <c>&lt;dataFolder&gt;/index</c>.</summary>
    public string IndexFolder { get; }

    /// <summary>Opens the index on a data folder and brings it up to the store, as a host does at start-up.</summary>
    public static async Task<LuceneSearchIndex> OpenAsync(IRecordStore store, string dataFolder, TimeProvider? timeProvider = null, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default, IAuthorityStore? authorities = null)
    {
        var index = new LuceneSearchIndex(store, dataFolder, timeProvider, authorities);
        try
        {
            await index.CatchUpAsync(progress, cancellationToken).ConfigureAwait(false);
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public long AppliedSequence => Interlocked.Read(ref _applied);

    public INameMatcher Names { get; }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var started = _time.GetTimestamp();
        // Records out of embargo first: their people and places are public now, and the names read again (MoveLapsedAsync).
        await MoveLapsedAsync(cancellationToken).ConfigureAwait(false);
        var names = await _names.GetAsync(cancellationToken).ConfigureAwait(false);
        var publicSearcher = _searchers.Acquire();
        // Public searches read only the index of public records, so its statistics are public ones.
        var combined = request.IncludeNonPublic ? _restricted.Combine(publicSearcher) : null;
        var searcher = combined ?? publicSearcher;
        try
        {
            var context = new QueryContext(searcher.IndexReader, names, LayerScope.For(request.Languages, request.LayerKinds, searcher.IndexReader));
            var parsed = TolerantQueryParser.Parse(request.Query);
            var builder = new SearchQueryBuilder(context);
            Query? Filtered(Query? typed) => PageCollection.OfRecord(SearchFilters.Apply(typed, request, _time.GetUtcNow(), names, context.Lookups), request.RecordId);
            var query = Filtered(builder.Build(parsed));
            if (query is null)
            {
                return new SearchResult { TookMs = (long)_time.GetElapsedTime(started).TotalMilliseconds };
            }
            var offset = Math.Clamp(request.Offset, 0, MaxWindow);
            var limit = Math.Clamp(request.Limit, 0, MaxWindow - offset);
            var (top, facets) = PageCollection.Run(RankingSimilarity.Over(searcher), query, request, offset + limit, builder.Bounded);
            if (RankedSearch.Widens(searcher, builder, request, top.TotalHits, Filtered))
            {
                builder = new SearchQueryBuilder(context) { Widened = true };
                query = Filtered(builder.Build(parsed))!;
                (top, facets) = PageCollection.Run(RankingSimilarity.Over(searcher), query, request, offset + limit, builder.Bounded);
            }
            var page = top.GetTopDocs(offset, limit);
            var relaxed = request.RecordId is null && top.TotalHits > 0
                && !RankedSearch.HoldsEveryWord(searcher, builder, request, _time.GetUtcNow(), names, page.ScoreDocs.FirstOrDefault()?.Doc);
            var hits = HitReader.ReadPage(searcher, page.ScoreDocs, builder.Words, request, context.Lookups, cancellationToken);
            if (relaxed)
            {
                hits = hits.ConvertAll(WithPartialMatch);
            }
            return new SearchResult
            {
                Total = top.TotalHits,
                Hits = hits,
                Facets = facets?.Result(MaxFacetValues, (facet, value) => facet is IndexFields.Person or IndexFields.Place ? names.PreferredName(value) : null)
                    ?? new Dictionary<string, IReadOnlyList<FacetValue>>(),
                TookMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
                Partial = relaxed,
                Suggestions = request.RecordId is null ? QuerySuggestions.For(searcher.IndexReader, request.Query, builder.Words, top.TotalHits, context.Lookups, names) : [],
            };
        }
        finally
        {
            RestrictedIndex.Release(combined);
            _searchers.Release(publicSearcher);
        }
    }

    public async Task<IReadOnlyList<RelatedCandidate>> RelatedAsync(RelatedQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await MoveLapsedAsync(cancellationToken).ConfigureAwait(false);
        var searcher = _searchers.Acquire();
        try
        {
            return RelatedRecords.Find(searcher, query);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Query words read as a public search reads them now: over the public index's statistics and the authorities' names.</summary>
    private async Task<T> ReadWordsAsync<T>(Func<QueryContext, T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await MoveLapsedAsync(cancellationToken).ConfigureAwait(false);
        var names = await _names.GetAsync(cancellationToken).ConfigureAwait(false);
        var searcher = _searchers.Acquire();
        try
        {
            return read(new QueryContext(searcher.IndexReader, names, null));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static SearchHit WithPartialMatch(SearchHit hit) =>
        hit with { Why = [.. hit.Why, "not every word of the query: no record has them all"] };

    /// <summary>
    /// Moves records whose embargo has ended into the public index before a search, unless a write is under way (its
    /// catch-up does it); the names are read again, since the people and places those records cite are public now.
    /// </summary>
    private async Task MoveLapsedAsync(CancellationToken cancellationToken)
    {
        if (!_restricted.HasLapsedAt(_time.GetUtcNow()) || !await _writeLock.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        try
        {
            if (await _restricted.MoveLapsedAsync(_writer, _store, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false) > 0)
            {
                Commit(_applied);
                _searchers.MaybeRefreshBlocking();
                _restricted.Refresh();
                _names.Drop();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _writeLock.Wait();
        try
        {
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            _restricted.Dispose();
        }
        finally
        {
            _writeLock.Release();
            _writeLock.Dispose();
        }
    }

    /// <summary>How many segments the public index's newest searcher reads.</summary>
    internal int SegmentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.Leaves.Count;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    private (IndexWriter Writer, IndexSearchers Searchers) Open()
    {
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(_directory, NewConfig());
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            // A derived index that cannot be read is rebuilt from the store: start empty, catch-up refills it.
            _skips.Clear();
            foreach (var file in _directory.ListAll())
            {
                _directory.DeleteFile(file);
            }
            writer = new IndexWriter(_directory, NewConfig());
        }
        var sequence = 0L;
        if (writer.CommitData.TryGetValue(SequenceKey, out var stored))
        {
            _ = long.TryParse(stored, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out sequence);
        }
        if (sequence > 0 && !(writer.CommitData.TryGetValue(FormatKey, out var format) && string.Equals(format, FormatVersion, StringComparison.Ordinal)))
        {
            // Documents an older version wrote lack fields searches now rely on: start empty, catch-up refills it.
            writer.DeleteAll();
            sequence = 0;
            // Committed as what it now is (empty, at no change), not under the last commit's sequence and format, which a
            // writer carries over.
            writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = "0", [FormatKey] = FormatVersion });
            writer.Commit();
        }
        else if (!DirectoryReader.IndexExists(_directory))
        {
            // A new index: its searchers read commits, and the first is an empty one.
            writer.Commit();
        }
        _skips = sequence > 0 ? IndexSkips.Parse(writer.CommitData) : new IndexSkips();
        Interlocked.Exchange(ref _applied, sequence);
        // Searchers read what was committed, never the writer's own (near-real-time) readers: every change searches see is
        // committed first anyway (see Commit's callers), and a writer that has handed out a reader keeps every segment's
        // reader open, memory-mapped, and merges through those. The import's last merge read the whole index that way, and
        // so held it resident in the process (the 100 volumes' `dossier import` peaked at 1.09 GB, 0.36 GB of it the
        // index's mapped files), where a merge of its own reads the segments in buffers (MappedDirectory).
        return (writer, new IndexSearchers(_directory));
    }

    /// <summary>Makes the index's codec known to Lucene, for a tool that opens an index folder with Lucene directly.</summary>
    public static void RegisterCodec() => IndexCodec.Register();

    private static IndexWriterConfig NewConfig() => new(LuceneVersion.LUCENE_48, new LayerGapAnalyzer())
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        // The writer's buffer is the import's largest holding: with 128 MB, `dossier import` of the 100 FRUS volumes
        // peaked at 1,001 and 1,014 MB resident (101.7 and 112.0 s); with 64 MB at 868 and 825 MB (109.0 and 102.5 s).
        // `reindex`: 56.4 s and 762 MB with 128, 55.8 s and 620 MB with 64.
        RAMBufferSizeMB = 64,
        Codec = IndexCodec.Instance,
        // BM25 (Robertson et al.): saturating term frequency and length normalisation; norms are written for it.
        Similarity = IndexSearchers.Similarity,
    };
}
