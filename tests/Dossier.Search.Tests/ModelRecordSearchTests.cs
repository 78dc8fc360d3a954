using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class ModelRecordSearchTests(ModelRecordIndex model) : IClassFixture<ModelRecordIndex>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Pishevari", "en:pishevari", "ru:пишевер")]
    [InlineData("Пишевари", "en:pishevari", "ru:пишевер")]
    [InlineData("Pishavari", "en:pis", "ru:пишевер")]
    [InlineData("Khrushchev", "en:khrushchev", "ru:хрущев")]
    [InlineData("Хрущёв", "en:khrushchev", "ru:хрущев")]
    [InlineData("Tabriz", "en:tabriz", "ru:тебриз")]
    [InlineData("исключили", "ru:исключили")]
    public async Task Should_find_model_record_with_highlights_in_each_layer_where_the_name_is(string query, params string[] expected)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query, Snippets = 3 }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Equal(1, result.Total);
        Assert.Equal("119698", hit.SourceId);
        foreach (var pair in expected)
        {
            var lang = pair[..pair.IndexOf(':', StringComparison.Ordinal)];
            var form = pair[(lang.Length + 1)..];
            var snippet = Assert.Single(hit.Snippets, s => s.Lang == lang);
            Assert.NotEmpty(snippet.Highlights);
            var marked = snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length).ToLowerInvariant()).ToList();
            Assert.Contains(marked, m => m.Replace('ё', 'е').StartsWith(form, StringComparison.Ordinal));
            Assert.True(snippet.Text.Length <= 220, "snippet is a passage, not the layer");
        }
    }

    [Fact]
    public async Task Should_say_why_a_latin_query_matched_cyrillic_text()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Khrushchev" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Contains(hit.Why, w => w.Contains("Cyrillic", StringComparison.Ordinal) && w.Contains("Khrushchev", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_say_why_a_cyrillic_query_matched_the_english_layer()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Хрущёв" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Contains(hit.Why, w => w.StartsWith("Khrushchev", StringComparison.OrdinalIgnoreCase) && w.Contains("Хрущёв", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kennedy")]
    [InlineData("Eisenhower")]
    [InlineData("Пушкин")]
    [InlineData("Pishevari Kennedy")]
    public async Task Should_not_match_names_the_record_does_not_contain(string query)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task Should_find_nothing_from_1956_on()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Pishevari", From = new DateOnly(1956, 1, 1) }, Cancel);

        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("Pishevari date:[1955 TO 1957]", 1)]
    [InlineData("Pishevari year:1955", 1)]
    [InlineData("Pishevari year:1954", 0)]
    [InlineData("Pishevari date:[1956 TO *]", 0)]
    public async Task Should_filter_by_dates_typed_in_the_box(string query, int expected)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(expected, result.Total);
    }

    [Fact]
    public async Task Should_find_record_when_its_date_range_overlaps_the_request()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Pishevari", From = new DateOnly(1955, 8, 1), To = new DateOnly(1955, 8, 31) }, Cancel);

        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("\"anti-Party element\"", 1)]
    [InlineData("\"element anti-Party\"", 0)]
    [InlineData("anti-Party element", 1)]
    public async Task Should_match_phrases_by_word_order(string query, int expected)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(expected, result.Total);
    }

    [Theory]
    [InlineData("Pishevari AND Kennedy", 0)]
    [InlineData("Pishevari OR Kennedy", 1)]
    [InlineData("Pishevari NOT Tabriz", 0)]
    [InlineData("Pishevari -Kennedy", 1)]
    [InlineData("(Kennedy OR Tabriz) Khrushchev", 1)]
    [InlineData("title:Khrushchev", 1)]
    [InlineData("title:Tabriz", 0)]
    [InlineData("lang:ru Тебризе", 1)]
    [InlineData("lang:fr Тебризе", 0)]
    [InlineData("repository:RGANI Pishev*", 1)]
    [InlineData("repository:NARA Pishev*", 0)]
    [InlineData("kind:translation Tabriz", 1)]
    [InlineData("Pishev*", 1)]
    public async Task Should_apply_operators_fields_and_prefixes(string query, int expected)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(expected, result.Total);
    }

    [Fact]
    public async Task Should_highlight_prefix_matches_in_both_scripts()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Pishev*" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Contains(hit.Snippets, s => s.Lang == "en" && s.Highlights.Any(h => s.Text.Substring(h.Start, h.Length).StartsWith("Pishev", StringComparison.Ordinal)));
        Assert.Contains(hit.Snippets, s => s.Lang == "ru" && s.Highlights.Any(h => s.Text.Substring(h.Start, h.Length).StartsWith("Пишев", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_give_snippets_only_in_the_requested_languages()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Khrushchev", Languages = ["ru"] }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.NotEmpty(hit.Snippets);
        Assert.All(hit.Snippets, s => Assert.Equal("ru", s.Lang));
    }

    [Fact]
    public async Task Should_return_the_hits_date_and_title()
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = "Tabriz" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Equal("1955-08-02", hit.Date?.Value);
        Assert.Equal(new DateOnly(1955, 8, 2), hit.Date?.Start);
        Assert.StartsWith("Letter to CPSU", hit.Title, StringComparison.Ordinal);
        Assert.True(hit.Score > 0);
    }
}
