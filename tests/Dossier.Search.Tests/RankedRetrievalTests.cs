using Dossier.Core.Search;

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
    public async Task Should_keep_two_word_queries_and_explicit_and_strict()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("harbour", "the harbour was closed"),
            SyntheticRecords.Make("both", "the harbour and the lighthouse were closed"),
            SyntheticRecords.Make("customs", "the customs house was closed"));

        var two = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour lighthouse" }, Cancel);
        var and = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour AND lighthouse AND customs" }, Cancel);

        Assert.Equal(["both"], two.Hits.Select(h => h.SourceId));
        Assert.Equal(0, and.Total);
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
