using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>Language and layer-kind filters hold the words to layers of that language and kind.</summary>
public sealed class LayerFilterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ArchiveRecord[] Records() =>
    [
        SyntheticRecords.Make("mixed", "записка о маяке у гавани", lang: "ru",
            more: new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "a note on the lighthouse by the harbour" }),
        SyntheticRecords.Make("russian", "маяк и гавань"),
        SyntheticRecords.Make("english", "the harbour lighthouse keeper"),
    ];

    [Theory]
    [InlineData("lighthouse", new[] { "ru" }, new string[0], new string[0])]
    [InlineData("lighthouse", new[] { "en" }, new string[0], new[] { "english", "mixed" })]
    [InlineData("маяк", new[] { "ru" }, new string[0], new[] { "mixed", "russian" })]
    [InlineData("mayak", new[] { "ru" }, new string[0], new[] { "mixed", "russian" })]
    [InlineData("маяк", new[] { "en" }, new string[0], new string[0])]
    [InlineData("маяк", new string[0], new[] { "translation" }, new string[0])]
    [InlineData("lighthouse", new string[0], new[] { "translation" }, new[] { "mixed" })]
    [InlineData("\"the lighthouse\"", new[] { "en" }, new[] { "translation" }, new[] { "mixed" })]
    [InlineData("harbour маяк", new[] { "ru" }, new string[0], new string[0])]
    [InlineData("invented", new[] { "ru" }, new string[0], new[] { "mixed", "russian" })]
    public async Task Should_match_the_words_only_in_layers_of_the_languages_and_kinds_asked_for(string query, string[] languages, string[] kinds, string[] expected)
    {
        using var archive = new IndexedArchive();
        var records = Records();
        records[1].Layers[0].Lang = "ru";
        await archive.AddAsync(records);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = query, Languages = languages, LayerKinds = kinds }, Cancel);

        Assert.Equal(expected, result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_still_find_every_layer_without_a_filter()
    {
        using var archive = new IndexedArchive();
        var records = Records();
        records[1].Layers[0].Lang = "ru";
        await archive.AddAsync(records);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour маяк" }, Cancel);

        // "mixed" holds both words, one in each layer, so the page is not partial; fewer than a page of records hold
        // both, so it goes on with the two holding one each (SearchQueryBuilder.Widened).
        Assert.False(result.Partial);
        Assert.Equal(["english", "mixed", "russian"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
    }
}
