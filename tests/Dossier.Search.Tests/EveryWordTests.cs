using System.Globalization;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Search.Tests;

/// <summary>
/// Whether any record holds every word of a long query (the result's <see cref="SearchResult.Partial"/>) is decided over
/// every segment of the index, the page's own first, and over live records only.
/// </summary>
public sealed class EveryWordTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_not_say_partial_when_the_record_with_every_word_is_in_another_segment_than_the_page()
    {
        using var archive = new IndexedArchive();
        // Each catch-up commits a segment of its own.
        await archive.AddAsync(SyntheticRecords.Make("all", "the harbour, the lighthouse and the customs house"));
        await archive.AddAsync(
            SyntheticRecords.Make("two", "the harbour and the lighthouse"),
            SyntheticRecords.Make("one", "the customs house"));

        var second = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs", Offset = 1, Limit = 1 }, Cancel);
        var beyond = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs", Offset = 5, Limit = 1 }, Cancel);

        Assert.Equal("two", Assert.Single(second.Hits).SourceId);
        Assert.False(second.Partial);
        Assert.DoesNotContain(second.Hits[0].Why, w => w.StartsWith("not every word", StringComparison.Ordinal));
        Assert.Empty(beyond.Hits);
        Assert.False(beyond.Partial);
    }

    [Fact]
    public async Task Should_say_partial_when_the_only_record_with_every_word_was_deleted()
    {
        using var archive = new IndexedArchive();
        var all = SyntheticRecords.Make("all", "the harbour, the lighthouse and the customs house");
        // The deleted record shares its segment with live ones (a segment whose records are all deleted is dropped),
        // so the segment stays and holds it as deleted. Records are indexed on several threads, one segment each, and
        // which thread takes which record is chance (with 40 others, one thread once took it alone in CI); a bulk is
        // merged into one segment after its catch-up, so that one segment holds it with the others whatever the threads.
        var weather = Enumerable.Range(0, SegmentMerge.BulkChanges).Select(i => SyntheticRecords.Make("weather" + i.ToString(CultureInfo.InvariantCulture), "the weather was fine"));
        await archive.AddAsync([all, .. weather]);
        await archive.AddAsync(
            SyntheticRecords.Make("two", "the harbour and the lighthouse"),
            SyntheticRecords.Make("one", "the customs house"));
        var before = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs" }, Cancel);

        await archive.Store.DeleteAsync(all.Id, Cancel);
        await archive.Index.CatchUpAsync(cancellationToken: Cancel);
        var after = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs" }, Cancel);

        using (var reader = DirectoryReader.Open(FSDirectory.Open(Path.Combine(archive.DataFolder, "index"))))
        {
            Assert.Equal(1, reader.NumDeletedDocs);
        }
        Assert.False(before.Partial);
        Assert.True(after.Partial);
        Assert.Equal(["two", "one"], after.Hits.Select(h => h.SourceId));
    }
}
