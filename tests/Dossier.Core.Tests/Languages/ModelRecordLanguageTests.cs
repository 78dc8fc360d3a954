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
    public void Should_identify_ocr_paragraphs_mostly_as_azerbaijani()
    {
        var paragraphs = AzerbaijaniOcr.Split("\n\n").Where(p => p.Count(char.IsLetter) >= 200).ToList();
        var all = paragraphs.Select(p => Identifier.Identify(p)).ToList();
        var guesses = all.Select(g => g.Tag).ToList();
        output.WriteLine(string.Join(", ", all.Select(g => $"{g.Tag}:{g.Confidence:0.00}")));
        var distribution = string.Join(", ", guesses.GroupBy(g => g, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        output.WriteLine(distribution);
        if (Environment.GetEnvironmentVariable("DOSSIER_LANGID_TABLE") is { Length: > 0 } path)
        {
            File.AppendAllText(path + ".ocr", distribution + "\n");
        }

        // Paragraph by paragraph the garble leans to other Turkic languages too (7 of 13 when measured); the layer
        // as a whole and its segment are Azerbaijani (the tests above and below).
        Assert.True(paragraphs.Count >= 10);
        var plurality = guesses.GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First();
        Assert.Equal("az-Cyrl", plurality.Key);
        Assert.True(plurality.Count() >= paragraphs.Count * 0.5, string.Join(", ", guesses));
    }

    [Fact]
    public void Should_find_the_three_languages_in_order_as_segments()
    {
        var body = Between("ПЕРВОМУ СЕКРЕТАРЮ", "2 August 1955");
        var found = Identifier.FindSegments(body);
        output.WriteLine(string.Join("\n", found.Select(s => $"{s.Guess.Tag} {s.Length}: {body.Substring(s.Start, Math.Min(40, s.Length)).ReplaceLineEndings(" ")}")));
        var segments = found.Where(s => s.Length >= 300).Select(s => s.Guess.Tag).ToList();

        Assert.Equal(["ru", "az-Cyrl", "en"], segments.Distinct().ToList());
    }

    private static string Between(string first, string last)
    {
        var start = Text.Value.IndexOf(first, StringComparison.Ordinal);
        var end = Text.Value.IndexOf(last, start, StringComparison.Ordinal);
        return Text.Value[start..(end + last.Length)];
    }
}
