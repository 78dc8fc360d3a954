using Dossier.Search.Analysis;
using Dossier.Testing;

namespace Dossier.Search.Tests.Analysis;

/// <summary>Runs the model record (read from ../shared, never copied) through the chains.</summary>
public sealed class ModelRecordAnalysisTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Shared.ModelRecord));

    private static HashSet<string> AllKeys() =>
    [
        .. DossierAnalyzers.Terms(SearchFields.Key, Text.Value, "en"),
        .. DossierAnalyzers.Terms(SearchFields.Key, Text.Value, "ru"),
        .. DossierAnalyzers.Terms(SearchFields.Key, Text.Value, "az"),
    ];

    [Theory]
    [InlineData("Kennedy", "en")]
    [InlineData("Eisenhower", "en")]
    [InlineData("Пушкин", "ru")]
    [InlineData("Pushkin", "en")]
    public void Should_not_match_absent_names_by_key(string name, string language)
    {
        var keys = DossierAnalyzers.Terms(SearchFields.Key, name, language);

        Assert.NotEmpty(keys);
        var all = AllKeys();
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, all);
        }
    }

    [Theory]
    [InlineData("Pishevari", "en")]
    [InlineData("Pischevari", "en")]
    [InlineData("Khrushchev", "en")]
    [InlineData("Tabriz", "en")]
    public void Should_match_present_names_by_key(string name, string language) =>
        Assert.Contains(DossierAnalyzers.Terms(SearchFields.Key, name, language)[0], AllKeys());

    [Fact]
    public void Should_find_cyrillic_forms_of_khrushchev_in_latn()
    {
        var latn = DossierAnalyzers.Terms(SearchFields.Latin, Text.Value, "ru");
        Assert.True(latn.Count(t => t == "khrushchev") >= 8, "Хрущев, Хрущеву and Khrushchev all give khrushchev");
    }

    [Theory]
    [InlineData(SearchFields.Exact)]
    [InlineData("stem.en")]
    [InlineData("stem.ru")]
    [InlineData("stem.az")]
    [InlineData("stem.other")]
    [InlineData(SearchFields.Latin)]
    [InlineData(SearchFields.Key)]
    [InlineData(SearchFields.Ocr)]
    [InlineData(SearchFields.Title)]
    public void Should_give_increasing_positions_and_offsets_within_the_text(string field)
    {
        var tokens = DossierAnalyzers.Tokens(field, Text.Value, "ru");

        Assert.NotEmpty(tokens);
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i].Position >= tokens[i - 1].Position);
            Assert.True(tokens[i].StartOffset >= tokens[i - 1].StartOffset);
            Assert.True(tokens[i].EndOffset <= Text.Value.Length && tokens[i].StartOffset < tokens[i].EndOffset);
        }
    }
}
