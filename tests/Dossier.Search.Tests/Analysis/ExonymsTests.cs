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
        Assert.Equal(forms.Split(' '), RussianDeclension.Noun(nominative, stem));

    [Theory]
    [InlineData("Советский Союз", "советский советского советскому советским советском | союз союза союзу союзом союзе")]
    [InlineData("Соединённые Штаты", "соединенные соединенных соединенным соединенными | штаты штат штатов штатам штатами штатах")]
    [InlineData("Латинская Америка", "латинская латинской латинскую | америка америки америке америку америкой")]
    [InlineData("Ближний Восток", "ближний ближнего ближнему ближним ближнем | восток востока востоку востоком востоке")]
    [InlineData("Нью-Йорк", "нью | йорк йорка йорку йорком йорке")]
    [InlineData("Юго-Восточная Азия", "юго | восточная восточной восточную | азия азии азию азией")]
    [InlineData("Средиземное море", "средиземное средиземного средиземному средиземным средиземном | море моря морю морем")]
    [InlineData("Западное полушарие", "западное западного западному западным западном | полушарие полушария полушарию полушарием полушарии")]
    [InlineData("Организация Объединённых Наций", "организация организации организацию организацией | объединенных | наций")]
    public void Should_decline_a_name_of_several_words_adjectives_before_its_noun_and_a_hyphenated_one_in_its_last_part(string name, string words)
    {
        var expected = words.Split(" | ").Select(w => w.Split(' ')).ToList();
        var declined = RussianDeclension.Name(name);

        Assert.Equal(expected.Count, declined.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            // Forms no text writes (штат beside Соединённые) are harmless: a name matches only where its words stand together.
            Assert.All(expected[i], form => Assert.Contains(form, declined[i]));
            Assert.Equal(expected[i][0], declined[i][0]);
        }
    }

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
    public void Should_read_names_of_several_words_both_ways()
    {
        static string Show(IEnumerable<string[][]> names) => string.Join(" / ", names.Select(n => string.Join(" ", n.Select(w => w[0]))));

        // One Russian word, English names of several: США is the United States.
        Assert.Equal("united states", Show(Exonyms.EnglishPhrasesOf("сша")));
        Assert.Equal(["usa"], Exonyms.EnglishOf("сша"));
        // Words typed side by side, in any case, to the other language's names.
        Assert.Equal("soviet union / ussr", Show(Exonyms.OtherNamesOf(["советского", "союза"])));
        Assert.Equal("new york", Show(Exonyms.OtherNamesOf(["нью", "йорке"])));
        Assert.Equal("ссср / советский союз", Show(Exonyms.OtherNamesOf(["soviet", "union"])));
        Assert.Contains(Exonyms.OtherNamesOf(["soviet", "union"]), name => name.Length == 2 && name[1].Contains("союзе"));
        Assert.Equal("нью йорк", Show(Exonyms.OtherNamesOf(["new", "york"])));
        // A one-word English name to a Russian name of several words.
        Assert.Equal("советский союз", Show(Exonyms.RussianPhrasesOf("ussr")));
        // A Russian name to the place's other Russian names, those sharing an English name.
        Assert.Equal("советский союз", Show(Exonyms.RussianSynonymsOf(["ссср"])));
        Assert.Equal("сша", Show(Exonyms.RussianSynonymsOf(["соединенных", "штатов"])));
        Assert.Equal("великобритания / британия", Show(Exonyms.RussianSynonymsOf(["англии"])));
        Assert.Empty(Exonyms.RussianSynonymsOf(["египет"]));
        Assert.Empty(Exonyms.OtherNamesOf(["soviet"]));
        Assert.Empty(Exonyms.OtherNamesOf(["союза", "советского"]));
    }

    [Fact]
    public void Should_hold_each_place_once_with_names_whose_words_the_index_reads_as_the_table_does()
    {
        var places = Exonyms.Places().ToList();

        Assert.True(places.Count > 300, $"{places.Count} places");
        Assert.Equal(places.Count, places.Select(p => p.Russian).Distinct(StringComparer.Ordinal).Count());
        Assert.All(places, place =>
        {
            Assert.All(place.Russian, c => Assert.True(c is '-' or ' ' || BackTranscription.IsLetter(char.ToLowerInvariant(c)), place.Russian));
            // Each word's nominative is a term of the exact field, the one the table reads it by; a query splits a
            // hyphenated name into its parts, as the table does.
            Assert.All(RussianDeclension.Name(place.Russian, place.Stem), word => Assert.Contains(word[0], IndexAnalysis.Terms(SearchFields.Exact, place.Russian)));
            Assert.NotEmpty(place.English);
            // Each English name's words are terms of the latn field, the ones the table reads it by.
            Assert.All(place.English, name => Assert.All(Exonyms.WordsOf(name), word => Assert.Contains(word[0], IndexAnalysis.Terms(SearchFields.Latin, name, "en"))));
        });
    }
}
