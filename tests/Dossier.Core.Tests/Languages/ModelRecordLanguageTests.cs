using Dossier.Core.Languages;
using Dossier.Testing;

namespace Dossier.Core.Tests.Languages;

/// <summary>The three layers of the model record, cut from the file by their first and last words.</summary>
public sealed class ModelRecordLanguageTests(ITestOutputHelper output)
{
    private static readonly LanguageIdentifier Identifier = new();
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Shared.ModelRecord).Replace("\r\n", "\n", StringComparison.Ordinal));

    private static string Russian => Between("ПЕРВОМУ СЕКРЕТАРЮ", "1.1лк");

    private static string AzerbaijaniOcr => Between("Совет Унтинградского", "2/1115520");

    private static string English => Between("TO FIRST SECRETARY", "1.1lk");

    [Fact]
    public void Should_identify_the_russian_transcription() =>
        Assert.Equal("ru", Identifier.Identify(Russian).Tag);

    [Fact]
    public void Should_identify_the_garbled_azerbaijani_ocr_as_azerbaijani_cyrillic()
    {
        var guess = Identifier.Identify(AzerbaijaniOcr);

        Assert.Equal("az-Cyrl", guess.Tag);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Fact]
    public void Should_identify_the_english_translation() =>
        Assert.Equal("en", Identifier.Identify(English).Tag);

    [Fact]
    public void Should_identify_most_ocr_paragraphs_on_their_own()
    {
        var paragraphs = AzerbaijaniOcr.Split("\n\n").Where(p => p.Count(char.IsLetter) >= 200).ToList();
        var guesses = paragraphs.Select(p => Identifier.Identify(p).Tag).ToList();
        var distribution = string.Join(", ", guesses.GroupBy(g => g, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        output.WriteLine(distribution);
        if (Environment.GetEnvironmentVariable("DOSSIER_LANGID_TABLE") is { Length: > 0 } path)
        {
            File.AppendAllText(path + ".ocr", distribution + "\n");
        }

        Assert.True(paragraphs.Count >= 10);
        Assert.True(guesses.Count(g => g == "az-Cyrl") >= paragraphs.Count * 0.7, string.Join(", ", guesses));
    }

    [Fact]
    public void Should_find_the_three_languages_in_order_as_segments()
    {
        var body = Between("ПЕРВОМУ СЕКРЕТАРЮ", "2 August 1955");
        var segments = Identifier.FindSegments(body).Where(s => s.Length >= 300).Select(s => s.Guess.Tag).ToList();

        Assert.Equal(["ru", "az-Cyrl", "en"], segments.Distinct().ToList());
    }

    private static string Between(string first, string last)
    {
        var start = Text.Value.IndexOf(first, StringComparison.Ordinal);
        var end = Text.Value.IndexOf(last, start, StringComparison.Ordinal);
        return Text.Value[start..(end + last.Length)];
    }
}
