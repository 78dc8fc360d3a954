using Dossier.Core.Search;
using Dossier.Search.Querying;

namespace Dossier.Search.Tests;

/// <summary>Words typed side by side are ranked by one model: more of them first, near each other first, no cliff.</summary>
public sealed class RankedRetrievalTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_rank_records_with_more_of_the_words_first()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("one", "the embassy reported on the harbour and the harbour again"),
            SyntheticRecords.Make("three", "the embassy reported on the harbour, the lighthouse and the customs house"),
            SyntheticRecords.Make("two", "the embassy reported on the harbour and the lighthouse"),
            SyntheticRecords.Make("none", "the embassy reported on the weather"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs" }, Cancel);

        Assert.Equal(["three", "two", "one"], result.Hits.Select(h => h.SourceId));
        Assert.False(result.Partial);
    }

    [Fact]
    public async Task Should_find_given_surname_by_an_inverted_heading_and_ignore_cross_reference_words()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("named", "Sir John Harding met the Governor on the dispute"),
            SyntheticRecords.Make("apart", "John spoke first; much later Harding met the Governor"),
            SyntheticRecords.Make("surname", "Harding wrote to the Governor"),
            SyntheticRecords.Make("see", "see also under other subjects"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Harding, Sir John (see also under Governor)" }, Cancel);

        Assert.Equal("named", result.Hits[0].SourceId);
        Assert.DoesNotContain(result.Hits, h => h.SourceId == "see");
        Assert.Contains(result.Hits, h => h.SourceId == "surname");
    }

    [Fact]
    public async Task Should_rank_a_surname_heading_whose_given_name_the_record_leaves_out_above_the_given_name_alone()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("surname", "Stevenson spoke at the United Nations"),
            SyntheticRecords.Make("other", "Adlai is a given name in this note"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Stevenson, Adlai" }, Cancel);

        Assert.Equal(["surname", "other"], result.Hits.Select(h => h.SourceId));
        Assert.True(result.Partial);
    }

    [Fact]
    public async Task Should_answer_an_inverted_name_whose_surname_no_record_holds_with_its_given_name()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("given", "Adlai is a given name in this note"),
            SyntheticRecords.Make("none", "the delegate spoke at the United Nations"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Stevensen, Adlai" }, Cancel);

        Assert.Equal(["given"], result.Hits.Select(h => h.SourceId));
    }

    [Fact]
    public async Task Should_keep_two_word_queries_strict_when_a_page_of_records_holds_both_and_explicit_and_strict()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
        [
            SyntheticRecords.Make("harbour", "the harbour was closed, the harbour"),
            SyntheticRecords.Make("customs", "the customs house was closed"),
            .. Enumerable.Range(0, SearchQueryBuilder.WidenBelow).Select(i => SyntheticRecords.Make($"both{i}", "the harbour and the lighthouse were closed")),
        ]);

        var two = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse" }, Cancel);
        var and = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour AND lighthouse AND customs" }, Cancel);

        Assert.Equal(SearchQueryBuilder.WidenBelow, two.Total);
        Assert.All(two.Hits, h => Assert.StartsWith("both", h.SourceId, StringComparison.Ordinal));
        Assert.Equal(0, and.Total);
    }

    [Fact]
    public async Task Should_go_on_with_records_holding_one_of_two_words_when_fewer_than_a_page_hold_both()
    {
        // "Turkey disarmament" in its FRUS volume found the 3 records holding both words, and none of the others its index cites.
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("harbour", "the harbour was closed, the harbour, the harbour"),
            SyntheticRecords.Make("both", "the harbour and the lighthouse were closed"),
            SyntheticRecords.Make("customs", "the customs house was closed"));

        var two = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse" }, Cancel);

        // The record holding both comes first, however often the other names the harbour.
        Assert.Equal(["both", "harbour"], two.Hits.Select(h => h.SourceId));
        Assert.False(two.Partial);
    }

    [Fact]
    public async Task Should_widen_two_words_no_record_of_a_filter_holds_together_when_each_is_held_there()
    {
        // "Ryukyu Islands" within a FRUS volume whose records name Ryukyu, and islands, but never together found nothing.
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            InVolume(SyntheticRecords.Make("administration", "the ryukyu administration"), "Volume A"),
            InVolume(SyntheticRecords.Make("pacific", "the pacific islands"), "Volume A"),
            InVolume(SyntheticRecords.Make("customs", "the customs house"), "Volume A"),
            InVolume(SyntheticRecords.Make("elsewhere", "the ryukyu islands"), "Volume B"));

        var within = await archive.Index.SearchAsync(new SearchRequest { Query = "Ryukyu Islands", Subjects = ["Volume A"] }, Cancel);
        var everywhere = await archive.Index.SearchAsync(new SearchRequest { Query = "Ryukyu Islands" }, Cancel);
        var absent = await archive.Index.SearchAsync(new SearchRequest { Query = "Ryukyu Lockheed", Subjects = ["Volume A"] }, Cancel);

        Assert.Equal(["administration", "pacific"], within.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.True(within.Partial);
        Assert.All(within.Hits, h => Assert.Contains(h.Why, w => w.StartsWith("not every word", StringComparison.Ordinal)));
        // Where a record holds both, it comes first, and the page is not partial.
        Assert.Equal("elsewhere", everywhere.Hits[0].SourceId);
        Assert.False(everywhere.Partial);
        // A word held by no record the request may see is not dropped: nothing is found.
        Assert.Equal(0, absent.Total);

        // The page of a record the widened search found marks the word it holds.
        var found = within.Hits.Single(h => h.SourceId == "administration");
        var page = await archive.Index.SearchAsync(new SearchRequest { Query = "Ryukyu Islands", RecordId = found.Id }, Cancel);
        var marked = Assert.Single(page.Hits).Snippets.SelectMany(s => s.Highlights.Select(h => s.Text.Substring(h.Start, h.Length)));
        Assert.Contains("ryukyu", marked, StringComparer.OrdinalIgnoreCase);
    }

    private static Dossier.Core.Records.ArchiveRecord InVolume(Dossier.Core.Records.ArchiveRecord record, string volume)
    {
        record.Subjects = [volume];
        return record;
    }

    [Fact]
    public async Task Should_say_when_no_record_holds_every_word()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("two", "the harbour and the lighthouse"),
            SyntheticRecords.Make("one", "the customs house"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse customs" }, Cancel);

        Assert.True(result.Partial);
        Assert.Equal(["two", "one"], result.Hits.Select(h => h.SourceId));
    }

    [Fact]
    public async Task Should_find_an_inverted_name_whose_initial_and_rank_the_record_leaves_out()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("named", "Edward Claflin called on the Minister"),
            SyntheticRecords.Make("surname", "Claflin reported from the embassy"),
            SyntheticRecords.Make("given", "Edward B. Smith called on the Minister"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Claflin, Gen. Edward B." }, Cancel);

        Assert.Equal(["named", "surname", "given"], result.Hits.Select(h => h.SourceId));
    }

    [Fact]
    public async Task Should_rank_nothing_by_an_index_continuation_word()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("both", "Yugoslavia and Hungary signed the trade protocol"),
            SyntheticRecords.Make("continued", "the talks continued and continued into the night"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Yugoslavia—Continued Hungary, relations with" }, Cancel);

        Assert.Equal("both", result.Hits[0].SourceId);
        Assert.DoesNotContain(result.Hits, h => h.SourceId == "continued");
    }
}
