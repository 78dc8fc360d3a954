using Dossier.Search.Analysis;

namespace Dossier.Search.Tests.Analysis;

public sealed class AnalysisChainTests
{
    [Fact]
    public void Should_keep_hyphenated_word_as_parts_and_whole_with_sane_positions()
    {
        var tokens = DossierAnalyzers.Tokens(SearchFields.Exact, "an anti-Party element", "en");

        Assert.Equal(
            [
                new AnalyzedToken("an", 0, 0, 2),
                new AnalyzedToken("anti", 1, 3, 7),
                new AnalyzedToken("anti-party", 1, 3, 13),
                new AnalyzedToken("party", 2, 8, 13),
                new AnalyzedToken("element", 3, 14, 21),
            ],
            tokens);
    }

    [Fact]
    public void Should_remove_soft_hyphen_and_zero_width_chars_inside_words()
    {
        Assert.Equal(["хрущев", "said"], DossierAnalyzers.Terms(SearchFields.Exact, "Хру\u00ADщёв\u200B said", "ru"));
        var token = Assert.Single(DossierAnalyzers.Tokens(SearchFields.Exact, "Пише\u00ADвери"));
        Assert.Equal(new AnalyzedToken("пишевери", 0, 0, 9), token);
    }

    [Fact]
    public void Should_fold_typographic_apostrophes_and_strip_english_possessive()
    {
        Assert.Equal(["khrushchev's", "ob'yezd"], DossierAnalyzers.Terms(SearchFields.Exact, "Khrushchev’s ob‘yezd", "en"));
        Assert.Equal(["khrushchev", "visit"], DossierAnalyzers.Terms("stem.en", "Khrushchev’s visits", "en"));
        Assert.Equal(["pischevari"], DossierAnalyzers.Terms(SearchFields.Latin, "Pischevari’s", "en"));
        Assert.Equal(DossierAnalyzers.Terms(SearchFields.Key, "Pishevari"), DossierAnalyzers.Terms(SearchFields.Key, "Pischevari's"));
    }

    [Fact]
    public void Should_keep_numbers_and_dates_as_tokens()
    {
        Assert.Equal(["18.09.2016", "1", "250,000"], DossierAnalyzers.Terms(SearchFields.Exact, "18.09.2016 — 1, 250,000."));
    }

    [Fact]
    public void Should_apply_turkic_dotted_and_dotless_i_only_in_turkic_layers()
    {
        Assert.Equal(["iran", "ıraq"], DossierAnalyzers.Terms(SearchFields.Exact, "İRAN IRAQ", "az"));
        Assert.Equal(["iran", "iraq"], DossierAnalyzers.Terms(SearchFields.Exact, "İRAN IRAQ", "en"));
        Assert.Equal(["insan", "haqq"], DossierAnalyzers.Terms("stem.az", "İNSAN HAQQINDA", "az"));
    }

    [Theory]
    [InlineData("Хрущев")]
    [InlineData("Хрущёв")]
    [InlineData("Хрущева")]
    [InlineData("Хрущеву")]
    [InlineData("Хрущевым")]
    [InlineData("ХРУЩЕВУ")]
    public void Should_give_one_russian_stem_for_every_case_of_a_surname(string form) =>
        Assert.Equal(["хрущ"], DossierAnalyzers.Terms("stem.ru", form, "ru"));

    [Fact]
    public void Should_stem_russian_verb_forms_together()
    {
        Assert.Equal(
            DossierAnalyzers.Terms("stem.ru", "исключить", "ru"),
            DossierAnalyzers.Terms("stem.ru", "исключили", "ru"));
        Assert.Equal(["мустафа"], DossierAnalyzers.Terms("stem.ru", "Мустафаеву", "ru"));
    }

    [Fact]
    public void Should_romanize_cyrillic_so_latin_queries_match()
    {
        Assert.Equal("ordzhonikidze", DossierAnalyzers.Terms(SearchFields.Latin, "Орджоникидзе", "ru")[0]);
        Assert.Equal(["khrushchev"], DossierAnalyzers.Terms(SearchFields.Latin, "Хрущев", "ru"));
        Assert.Equal(["khrushchev"], DossierAnalyzers.Terms(SearchFields.Latin, "Khrushchev", "en"));
    }

    [Fact]
    public void Should_stack_romanized_name_stem_on_russian_case_forms()
    {
        var tokens = DossierAnalyzers.Tokens(SearchFields.Latin, "к Хрущеву в Тебризе", "ru");

        Assert.Equal(
            [
                new AnalyzedToken("k", 0, 0, 1),
                new AnalyzedToken("khrushchevu", 1, 2, 9),
                new AnalyzedToken("khrushchev", 1, 2, 9),
                new AnalyzedToken("v", 2, 10, 11),
                new AnalyzedToken("tebrize", 3, 12, 19),
                new AnalyzedToken("tebriz", 3, 12, 19),
            ],
            tokens);
    }

    [Fact]
    public void Should_write_azerbaijani_cyrillic_in_latin_for_stem_az()
    {
        Assert.Equal(
            DossierAnalyzers.Terms("stem.az", "hüquqlarına", "az"),
            DossierAnalyzers.Terms("stem.az", "һүгугларына", "az"));
        Assert.Equal(["hüquq"], DossierAnalyzers.Terms("stem.az", "hüquqlarına", "az"));
    }

    [Theory]
    [InlineData("Pishevari", "en")]
    [InlineData("Pischevari", "en")]
    [InlineData("Pishavari", "en")]
    [InlineData("Пишевери", "ru")]
    [InlineData("Пишевера", "ru")]
    [InlineData("Пишеверу", "ru")]
    [InlineData("Pişəvəri", "az")]
    public void Should_give_pishevari_spellings_one_key(string form, string language) =>
        Assert.Contains(DossierAnalyzers.Terms(SearchFields.Key, "Pishevari", "en")[0], DossierAnalyzers.Terms(SearchFields.Key, form, language));

    [Theory]
    [InlineData("Tabriz", "en", "Тебризе", "ru")]
    [InlineData("Tabriz", "en", "Təbriz", "az")]
    [InlineData("Vasili", "en", "Vasily", "en")]
    [InlineData("Vasili", "en", "Vassily", "en")]
    [InlineData("Vasili", "en", "Василий", "ru")]
    [InlineData("Khrushchev", "en", "Chruschtschow", "de")]
    [InlineData("Khrushchev", "en", "Хрущевым", "ru")]
    [InlineData("Mustafayev", "en", "Мустафаеву", "ru")]
    [InlineData("Dimitri", "en", "Dmitri", "en")]
    [InlineData("Aleksei", "en", "Alexei", "en")]
    [InlineData("Beria", "en", "Берия", "ru")]
    [InlineData("Biriya", "en", "Бирия", "ru")]
    public void Should_share_a_key_between_spelling_variants(string a, string langA, string b, string langB) =>
        Assert.NotEmpty(DossierAnalyzers.Terms(SearchFields.Key, a, langA).Intersect(DossierAnalyzers.Terms(SearchFields.Key, b, langB)));

    [Theory]
    [InlineData("Biriya", "Beria")]
    [InlineData("Бирия", "Берия")]
    [InlineData("Пишевари", "psywar")]
    [InlineData("Pishevari", "psywar")]
    public void Should_keep_keys_of_different_names_apart(string a, string b) =>
        Assert.Empty(DossierAnalyzers.Terms(SearchFields.Key, a, "ru").Intersect(DossierAnalyzers.Terms(SearchFields.Key, b, "ru")));

    [Fact]
    public void Should_not_key_short_words()
    {
        Assert.Empty(DossierAnalyzers.Terms(SearchFields.Key, "Ivan and Oleg", "en"));
        var key = Assert.Single(DossierAnalyzers.Tokens(SearchFields.Key, "to Moscow", "en"));
        Assert.Equal(1, key.Position);
    }

    [Fact]
    public void Should_index_ocr_words_with_confusions_folded_and_trigrams()
    {
        var terms = DossierAnalyzers.Terms(SearchFields.Ocr, "Pishevarl Tabrlz");
        Assert.Contains("pishevarl", terms);
        Assert.Contains("#she", terms);
        Assert.Equal(
            ["abcd", "#_ab", "#abc", "#bcd", "#cd_"],
            DossierAnalyzers.Terms(SearchFields.Ocr, "abcd"));
        Assert.All(DossierAnalyzers.Tokens(SearchFields.Ocr, "x abcd"), t => Assert.Equal(t.Term == "x" ? 0 : 1, t.Position));
        Assert.Equal(
            DossierAnalyzers.Terms(SearchFields.Ocr, "modern")[0],
            DossierAnalyzers.Terms(SearchFields.Ocr, "rnodern")[0]);
    }

    [Fact]
    public void Should_map_language_tags_to_stem_fields()
    {
        Assert.Equal("stem.ru", DossierAnalyzers.StemField("ru-RU"));
        Assert.Equal("stem.az", DossierAnalyzers.StemField("az-Cyrl"));
        Assert.Equal("stem.en", DossierAnalyzers.StemField("en"));
        Assert.Equal("stem.other", DossierAnalyzers.StemField("de"));
        Assert.Equal("stem.other", DossierAnalyzers.StemField(null));
    }

    [Fact]
    public void Should_explain_why_a_cyrillic_form_matched_a_latin_query()
    {
        Assert.Equal("Cyrillic spelling of Khrushchev", DossierAnalyzers.ExplainMatch("Khrushchev", "en", "Хрущеву", "ru"));
        Assert.Equal("spelling variant of Pishevari", DossierAnalyzers.ExplainMatch("Pishevari", "en", "Пишевери", "ru"));
        Assert.Equal("form of Хрущев", DossierAnalyzers.ExplainMatch("Хрущев", "ru", "Хрущеву", "ru"));
        Assert.Null(DossierAnalyzers.ExplainMatch("Kennedy", "en", "Пушкин", "ru"));
    }
}
