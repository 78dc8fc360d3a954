using Dossier.Core.Romanization;

namespace Dossier.Core.Tests.Romanization;

public sealed class RomanizerStandardsTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, RomanizationScheme> Sources => new()
    {
        { "iuliia", "bgn_pcgn", RomanizationScheme.BgnPcgn },
        { "iuliia", "gost_779", RomanizationScheme.Iso9 },
        { "iuliia", "ala_lc", RomanizationScheme.AlaLc },
        { "iuliia", "ala_lc_alt", RomanizationScheme.AlaLcSimplified },
        { "interscript", "bgnpcgn-rus-Cyrl-Latn-1947", RomanizationScheme.BgnPcgn },
        { "interscript", "gost-rus-Cyrl-Latn-7.79-2000-2002", RomanizationScheme.Iso9 },
        { "interscript", "alalc-rus-Cyrl-Latn-1997", RomanizationScheme.AlaLc },
        { "interscript", "alalc-rus-Cyrl-Latn-2012", RomanizationScheme.AlaLc },
        { "interscript", "az-aze-Cyrl-Latn-1958", RomanizationScheme.Azerbaijani },
        { "interscript", "az-aze-Cyrl-Latn-1939", RomanizationScheme.Azerbaijani },
        { "interscript", "bgnpcgn-aze-Cyrl-Latn-1993", RomanizationScheme.Azerbaijani },
        { "cldr", "ru-Latn-t-ru-m0-bgn.txt", RomanizationScheme.BgnPcgn },
        { "cldr", "az-t-az-cyrl-m0-bgn.txt", RomanizationScheme.Azerbaijani },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Should_pass_every_published_test_pair(string source, string name, RomanizationScheme scheme)
    {
        var pairs = source switch
        {
            "iuliia" => PublishedPairs.Iuliia(name),
            "interscript" => PublishedPairs.Interscript(name),
            _ => PublishedPairs.CldrTestData(name),
        };

        var (exact, equivalent, failures) = PublishedPairs.Run(pairs, scheme);
        output.WriteLine($"{source} {name} ({scheme}): {pairs.Count} pairs, {exact} exact, {equivalent} up to glyph variants");

        Assert.NotEmpty(pairs);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("Хрущев", "khrushchev")]
    [InlineData("Хрущёв", "khrushchev")]
    [InlineData("ХРУЩЕВУ", "khrushchevu")]
    [InlineData("Орджоникидзе", "ordzhonikidze")]
    [InlineData("Мустафаеву", "mustafayevu")]
    [InlineData("Ельцин", "yeltsin")]
    [InlineData("Пишевери", "pisheveri")]
    [InlineData("Təbriz", "tebriz")]
    [InlineData("Pişəvəri", "pisheveri")]
    [InlineData("Chruschtschow", "chruschtschow")]
    [InlineData("anti-Party", "antiparty")]
    [InlineData("Αθήνα", "athina")]
    public void Should_fold_any_script_to_one_search_latin_form(string token, string expected) =>
        Assert.Equal(expected, Romanizer.FoldedLatin(token));

    [Theory]
    [InlineData("Азәрбајҹан", "az", "azerbayjan")]
    [InlineData("Хəсəнов", "az", "khesenov")]
    [InlineData("Гасымов", "az-Cyrl", "qasimov")]
    [InlineData("Гасымов", "ru", "gasymov")]
    [InlineData("Xəzər", "az", "khezer")]
    [InlineData("Xəzər", "en", "khezer")]
    public void Should_fold_azerbaijani_by_its_own_alphabet(string token, string language, string expected) =>
        Assert.Equal(expected, Romanizer.FoldedLatin(token, language));

    [Fact]
    public void Should_carry_capitals_onto_digraphs_by_run()
    {
        Assert.Equal("TSIK Tsimlyansk", Romanizer.Romanize("ЦИК Цимлянск", RomanizationScheme.BgnPcgn));
        Assert.Equal("İlham Işıq", Romanizer.Romanize("Илһам Ышыг", RomanizationScheme.Azerbaijani));
    }
}
