using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class IndexLifecycleTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_resume_from_its_last_commit_after_a_restart()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("a", "the blue heron nests"), SyntheticRecords.Make("b", "a grey heron fishes"));
        var before = archive.Index.AppliedSequence;

        archive.Reopen();
        Assert.Equal(before, archive.Index.AppliedSequence);
        Assert.Equal(2, (await archive.Index.SearchAsync(new SearchRequest { Query = "heron" }, Cancel)).Total);

        await archive.Store.UpsertAsync([SyntheticRecords.Make("c", "a white heron waits")], Cancel);
        await archive.Store.DeleteAsync(SyntheticRecords.Make("a", "").Id, Cancel);
        var applied = await archive.Index.CatchUpAsync(cancellationToken: Cancel);

        Assert.Equal(2, applied);
        Assert.Equal(4, archive.Index.AppliedSequence);
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "heron" }, Cancel);
        Assert.Equal(["b", "c"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_read_no_changes_when_the_store_has_none_after_the_index()
    {
        // Every start catches up; an index already at the store's last change reads no window of changes.
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("a", "the blue heron nests"));
        var reads = archive.Store.ChangeReads;

        Assert.Equal(0, await archive.Index.CatchUpAsync(cancellationToken: Cancel));
        Assert.Equal(reads, archive.Store.ChangeReads);

        // A change made after is read and applied by the next catch-up.
        await archive.Store.UpsertAsync([SyntheticRecords.Make("b", "a grey heron fishes")], Cancel);
        Assert.Equal(1, await archive.Index.CatchUpAsync(cancellationToken: Cancel));
        Assert.True(archive.Store.ChangeReads > reads);
        Assert.Equal(2, (await archive.Index.SearchAsync(new SearchRequest { Query = "heron" }, Cancel)).Total);
    }

    [Fact]
    public async Task Should_drop_a_deleted_record_from_results()
    {
        using var archive = new IndexedArchive();
        var record = SyntheticRecords.Make("gone", "an invented lighthouse keeper");
        await archive.AddAsync(record);
        Assert.Equal(1, (await archive.Index.SearchAsync(new SearchRequest { Query = "lighthouse" }, Cancel)).Total);

        await archive.Store.DeleteAsync(record.Id, Cancel);
        await archive.Index.CatchUpAsync(cancellationToken: Cancel);

        Assert.Equal(0, (await archive.Index.SearchAsync(new SearchRequest { Query = "lighthouse" }, Cancel)).Total);
    }

    [Fact]
    public async Task Should_replace_a_record_when_it_changes()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("x", "first wording about orchards"));
        await archive.AddAsync(SyntheticRecords.Make("x", "second wording about vineyards"));

        Assert.Equal(0, (await archive.Index.SearchAsync(new SearchRequest { Query = "orchards" }, Cancel)).Total);
        Assert.Equal(1, (await archive.Index.SearchAsync(new SearchRequest { Query = "vineyards" }, Cancel)).Total);
    }

    [Fact]
    public async Task Should_rebuild_the_whole_index_from_the_store()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("r1", "copper mines of the north"), SyntheticRecords.Make("r2", "copper wire factories"));
        var reports = new List<IndexProgress>();

        await archive.Index.RebuildAsync(new SynchronousProgress(reports.Add), Cancel);

        Assert.Equal(2, (await archive.Index.SearchAsync(new SearchRequest { Query = "copper" }, Cancel)).Total);
        Assert.Equal(new IndexProgress(2, 2), reports[^1]);
        Assert.Equal(await archive.Store.LastSequenceAsync(Cancel), archive.Index.AppliedSequence);
    }

    [Fact]
    public async Task Should_search_while_catching_up_from_other_threads()
    {
        using var archive = new IndexedArchive();
        var writers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            for (var j = 0; j < 10; j++)
            {
                await archive.Store.UpsertAsync([SyntheticRecords.Make($"t{i}-{j}", "parallel ledger entry")], Cancel);
                await archive.Index.CatchUpAsync(cancellationToken: Cancel);
            }
        }, Cancel));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var j = 0; j < 20; j++)
            {
                await archive.Index.SearchAsync(new SearchRequest { Query = "ledger", Facets = true }, Cancel);
            }
        }, Cancel));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(40, (await archive.Index.SearchAsync(new SearchRequest { Query = "ledger" }, Cancel)).Total);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_commit_a_long_catch_up_once_a_minute_so_that_a_crash_loses_at_most_a_minute_of_it(bool minutesPass)
    {
        // Two batches of records: after the first, the clock says a minute has passed, or no time at all.
        var clock = new SteppingTime(minutesPass ? TimeSpan.FromMinutes(1) : TimeSpan.Zero);
        using var archive = new IndexedArchive(clock);
        await archive.Store.UpsertAsync([.. Enumerable.Range(0, 600).Select(i => SyntheticRecords.Make($"r{i}", "a ledger entry"))], Cancel);
        var committedAtFirstBatch = new List<long>();

        await archive.Index.CatchUpAsync(new SynchronousProgress(p =>
        {
            if (p.Done > 0 && committedAtFirstBatch.Count == 0)
            {
                // What a crash here would leave: the index's last commit on disk.
                committedAtFirstBatch.Add(CommittedSequence(archive.DataFolder));
            }
        }), Cancel);

        Assert.Equal(minutesPass ? 500 : 0, committedAtFirstBatch.Single());
        Assert.Equal(600, CommittedSequence(archive.DataFolder));
        Assert.Equal(600, (await archive.Index.SearchAsync(new SearchRequest { Query = "ledger" }, Cancel)).Total);
    }

    /// <summary>The change sequence the index's last commit on disk holds (0 when there is none).</summary>
    private static long CommittedSequence(string dataFolder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(dataFolder, "index"));
        if (!Lucene.Net.Index.DirectoryReader.IndexExists(directory))
        {
            return 0;
        }
        var commit = Lucene.Net.Index.DirectoryReader.ListCommits(directory)[^1];
        return commit.UserData.TryGetValue(LuceneSearchIndex.SequenceKey, out var sequence) ? long.Parse(sequence, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>A clock whose every reading of elapsed time is <paramref name="step"/> after the one before.</summary>
    private sealed class SteppingTime(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks += step.Ticks;
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
