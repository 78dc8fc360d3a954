using Dossier.Core.Search;
using Dossier.Search.Querying;

namespace Dossier.Search.Tests;

/// <summary>"Did you mean": a query that finds little, or only by other spellings, is offered the corrections.</summary>
public sealed class SuggestionTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_suggest_the_word_the_index_holds_for_a_misspelling()
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Gromyka" }, Cancel);

        Assert.Contains("Gromyko", result.Suggestions);
    }

    [Theory]
    [InlineData("gromyka", "gromyko")]
    [InlineData("GROMYKA", "GROMYKO")]
    [InlineData("Gromyka talks", "Gromyko talks")]
    public async Task Should_write_the_correction_in_the_case_the_word_was_typed_in(string typed, string suggested)
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = typed }, Cancel);

        Assert.Contains(suggested, result.Suggestions);
    }

    [Theory]
    [InlineData("Эйзенхауэр", "Eisenhower")]
    [InlineData("Гувер", "Hoover")]
    [InlineData("Хэмфри", "Humphrey")]
    [InlineData("Насер", "Nasser")]
    [InlineData("Раск", "Rusk")]
    [InlineData("Эйзенхауэр Хэмфри", "Eisenhower Humphrey")]
    [InlineData("Джонсон", "Johnson")]
    public async Task Should_find_a_name_russian_transcribes_instead_of_offering_it(string typed, string name)
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = typed, Limit = 200 }, Cancel);
        var named = await archive.Index.SearchAsync(new SearchRequest { Query = name, Limit = 200 }, Cancel);

        Assert.Empty(result.Suggestions);
        Assert.NotEmpty(named.Hits);
        Assert.Contains(named.Hits[0].SourceId, result.Hits.Select(h => h.SourceId));
        Assert.True(result.Total * 10 >= named.Total * 9, $"{typed}: {result.Total}, {name}: {named.Total}");
    }

    /// <summary>Gandhi's h is silent after a d, and Russian writes no letter for it: no rule of transcription gives it back.</summary>
    [Fact]
    public async Task Should_offer_a_name_written_as_russian_writes_it_as_the_archive_spells_it()
    {
        await using var invented = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("one", "an invented letter from Mrs. Gandhi on the harvest", people: ["Gandhi"]),
            SyntheticRecords.Make("two", "an invented reply to Mrs. Gandhi", people: ["Gandhi"]),
            SyntheticRecords.Make("three", "an invented note: Mrs. Gandhi left", people: ["Gandhi"]),
        ],
        [AuthorityArchive.Person("Gandhi", "Gandhi, Indira")]);

        var result = await invented.Index.SearchAsync(new SearchRequest { Query = "Ганди" }, Cancel);

        Assert.Equal(0, result.Total);
        Assert.Equal("Gandhi", result.Suggestions.FirstOrDefault());
    }

    [Theory]
    [InlineData("Вашингтон")]
    [InlineData("Макмиллан")]
    public async Task Should_offer_no_name_for_a_russian_spelling_that_finds_the_name_already(string typed)
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = typed }, Cancel);

        Assert.True(result.Total > 10, $"{typed}: {result.Total}");
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public async Task Should_not_suggest_when_the_query_finds_enough()
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Gromyko" }, Cancel);

        Assert.True(result.Total >= 3);
        Assert.Empty(result.Suggestions);
    }
}
