using CsCheck;
using Dossier.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Tests.Analysis;

/// <summary>
/// The latn filter folds a word of ASCII letters and digits where it stands, without its cache; every other word goes
/// through the romanizer. Both ways must give the same terms.
/// </summary>
public sealed class LatinFoldTests
{
    /// <summary>Letters the variant rules turn on (c, h, i, y, a, j, e, k, z, s), others, capitals, digits, an apostrophe, Cyrillic and Turkic letters.</summary>
    private const string Letters = "cchiyajekzsbtnoqxCHIYAK019'яиюхщёəşЖ";

    [Fact]
    public void Should_fold_an_ascii_word_where_it_stands_as_the_romanizer_folds_it()
    {
        var languages = new[] { AnalysisLanguage.English, AnalysisLanguage.Russian, AnalysisLanguage.Azerbaijani, AnalysisLanguage.Other };
        // Both chains the filter serves: latn and key (variants and name stems) and ocr (letters as read).
        Gen.Select(Gen.String[Gen.Char[Letters], 0, 9], Gen.Int[0, languages.Length - 1], Gen.Bool).Sample((word, language, variants) =>
        {
            var expected = Expected(word, languages[language], variants);
            var actual = Filtered(word, languages[language], variants);
            Assert.True(expected.SequenceEqual(actual), $"{word} ({languages[language]}, variants {variants}): [{string.Join(", ", actual)}], the romanizer gives [{string.Join(", ", expected)}]");
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Cuba", "kuba")]
    [InlineData("Beriya", "beria")]
    [InlineData("BERIIA", "beria")]
    [InlineData("Vasiliy", "vasili")]
    [InlineData("Vasilyi", "vasili")]
    [InlineData("Khrushchev", "khrushchev")]
    [InlineData("Abc", "abk")]
    [InlineData("1955", "1955")]
    [InlineData("ciya", "ciya")]
    public void Should_fold_these_ascii_words(string word, string folded)
    {
        Assert.Equal([folded], Filtered(word, AnalysisLanguage.English));
        Assert.Equal([folded], DossierAnalyzers.Terms(SearchFields.Latin, word, "en"));
    }

    [Fact]
    public void Should_fold_ascii_letters_in_an_azerbaijani_layer_as_azerbaijani_latin_reads_them()
    {
        // x and c are kh and j there: no ASCII word stands as it is.
        Assert.Equal(["khezer"], Filtered("Xezer", AnalysisLanguage.Azerbaijani));
        Assert.Equal(["jami"], Filtered("cami", AnalysisLanguage.Azerbaijani));
    }

    /// <summary>What the filter's romanizing path gives: the word (without an English possessive) folded, and its stacked name stem.</summary>
    private static List<string> Expected(string word, AnalysisLanguage language, bool variants = true)
    {
        using var filter = new LatinFoldFilter(new KeywordTokenizer(new StringReader("")), language, variants);
        var term = word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        var folded = filter.Fold(term);
        return folded.Latin.Length == 0 ? [] : folded.Stacked is null ? [folded.Latin] : [folded.Latin, folded.Stacked];
    }

    private static List<string> Filtered(string word, AnalysisLanguage language, bool variants = true)
    {
        using TokenStream stream = new LatinFoldFilter(new KeywordTokenizer(new StringReader(word)), language, variants);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
