using Dossier.Core.Search;

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

    [Fact]
    public async Task Should_not_suggest_when_the_query_finds_enough()
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Gromyko" }, Cancel);

        Assert.True(result.Total >= 3);
        Assert.Empty(result.Suggestions);
    }
}
