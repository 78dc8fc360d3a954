using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>A long query no record wholly matches falls back to records with most of its words, and says so.</summary>
public sealed class PartialMatchTests(ModelRecordIndex model) : IClassFixture<ModelRecordIndex>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_fall_back_to_most_words_when_no_record_has_them_all()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Pishevari Khrushchev (see also; under Eisenhower)" }, Cancel);

        Assert.True(result.Partial);
        var hit = Assert.Single(result.Hits);
        Assert.Equal("119698", hit.SourceId);
        Assert.Contains(hit.Why, w => w.StartsWith("not every word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_stay_strict_when_every_word_matches()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Pishevari Khrushchev Tabriz" }, Cancel);

        Assert.False(result.Partial);
        Assert.Single(result.Hits);
    }

    [Theory]
    [InlineData("Kennedy Eisenhower Пушкин")]
    [InlineData("Pishevari Kennedy")]
    public async Task Should_not_fall_back_for_short_queries_or_when_too_few_words_match(string query)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }
}
