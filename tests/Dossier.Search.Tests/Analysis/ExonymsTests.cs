using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Tests.Analysis;

/// <summary>The table of places' names in Russian and English (<see cref="Exonyms"/>): its Russian cases, and both ways of reading it.</summary>
public sealed class ExonymsTests
{
    [Theory]
    [InlineData("Куба", null, "куба кубы кубе кубу кубой")]
    [InlineData("Африка", null, "африка африки африке африку африкой")]
    [InlineData("Польша", null, "польша польши польше польшу польшей")]
    [InlineData("Англия", null, "англия англии англию англией")]
    [InlineData("Корея", null, "корея кореи корее корею кореей")]
    [InlineData("Кипр", null, "кипр кипра кипру кипром кипре")]
    [InlineData("Париж", null, "париж парижа парижу парижем париже")]
    [InlineData("Египет", "Египт", "египет египта египту египтом египте")]
    [InlineData("Китай", null, "китай китая китаю китаем китае")]
    [InlineData("Кишинёв", null, "кишинев кишинева кишиневу кишиневом кишиневе")]
    [InlineData("Афины", null, "афины афин афинов афинам афинами афинах")]
    [InlineData("Средиземноморье", null, "средиземноморье средиземноморья средиземноморью средиземноморьем")]
    [InlineData("Токио", null, "токио")]
    [InlineData("СССР", null, "ссср")]
    public void Should_decline_a_russian_place_name_by_its_ending(string nominative, string? stem, string forms) =>
        Assert.Equal(forms.Split(' '), Exonyms.Declined(nominative, stem));

    [Fact]
    public void Should_read_the_table_both_ways_in_every_case()
    {
        Assert.Equal(["egypt"], Exonyms.EnglishOf("египте"));
        Assert.Equal(["vienna"], Exonyms.EnglishOf("вене"));
        Assert.Contains("britain", Exonyms.EnglishOf("англии"));
        Assert.Contains("египте", Exonyms.RussianOf("egypt"));
        Assert.Contains("англии", Exonyms.RussianOf("britain"));
        Assert.Contains("великобритании", Exonyms.RussianOf("britain"));
        // The latn field folds Cuba as kuba; the table is read by the folded term.
        Assert.Contains("кубе", Exonyms.RussianOf("kuba"));
        Assert.Empty(Exonyms.EnglishOf("того"));
        Assert.Empty(Exonyms.RussianOf("egipet"));
    }

    [Fact]
    public void Should_hold_each_place_once_with_names_the_index_reads_as_one_word()
    {
        var places = Exonyms.Places().ToList();

        Assert.True(places.Count > 300, $"{places.Count} places");
        Assert.Equal(places.Count, places.Select(p => p.Russian).Distinct(StringComparer.Ordinal).Count());
        Assert.All(places, place =>
        {
            Assert.All(place.Russian, c => Assert.True(c == '-' || BackTranscription.IsLetter(char.ToLowerInvariant(c)), place.Russian));
            // The nominative is one term of the exact field (a hyphenated name whole among its parts), the one the table reads it by.
            Assert.Contains(Exonyms.Declined(place.Russian, place.Stem)[0], IndexAnalysis.Terms(SearchFields.Exact, place.Russian));
            Assert.NotEmpty(place.English);
            // Each English name is one term of the latn field, the one the table reads it by.
            Assert.All(place.English, name => Assert.Contains(Exonyms.LatinOf(name), IndexAnalysis.Terms(SearchFields.Latin, name, "en")));
        });
    }
}
