using System.Globalization;
using Dossier.Ocr.Tesseract;
using Dossier.Ocr.Tests.Support;
using Dossier.Testing;

namespace Dossier.Ocr.Tests.Tesseract;

/// <summary>
/// Real Tesseract on typeset pages of the UDHR (articles 1–3) in Russian, Azerbaijani (Cyrillic) and English:
/// the character error rate against the text that was typeset. The bounds sit above what was measured, so a
/// regression in rendering, language mapping or TSV reading shows.
/// </summary>
public sealed class OcrAccuracyTests
{
    [Theory]
    [InlineData("rus", "ru", 0.02)]
    [InlineData("azj_cyrl", "az-Cyrl", 0.08)]
    [InlineData("eng", "en", 0.02)]
    public async Task Should_read_a_typeset_udhr_page_with_a_low_character_error_rate(string corpusLanguage, string tag, double bound)
    {
        Tools.RequireTesseract();
        using var folder = new TempFolder("dossier-ocr");
        var text = Udhr.Text(corpusLanguage, "article-1", "article-2", "article-3");
        var image = folder.File(tag + ".png");
        PageRenderer.Render(text, image);

        var page = await new TesseractEngine().RecognizeAsync(image, [tag], TestContext.Current.CancellationToken);

        var cer = CharacterErrorRate.Of(page.Text, text);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"UDHR articles 1-3, {tag}: {CharacterErrorRate.Normalise(text).Length} characters, CER {cer:P2}, mean word confidence {page.Confidence:0.000}"));
        Assert.True(cer <= bound, string.Create(CultureInfo.InvariantCulture, $"CER {cer:P2} for {tag} is above {bound:P0}:\n{page.Text}"));
        Assert.NotNull(page.Confidence);
        Assert.InRange(page.Confidence.Value, 0.5, 1);
        Assert.StartsWith("tesseract 5", page.Engine, StringComparison.Ordinal);
        Assert.All(page.Words, w => Assert.True(w.Width > 0 && w.Height > 0 && page.Text.AsSpan(w.Start).StartsWith(w.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_read_azerbaijani_letters_that_russian_lacks()
    {
        Tools.RequireTesseract();
        using var folder = new TempFolder("dossier-ocr");
        var text = Udhr.Text("azj_cyrl", "article-2");
        var image = folder.File("az.png");
        PageRenderer.Render(text, image);

        var page = await new TesseractEngine().RecognizeAsync(image, ["az-Cyrl"], TestContext.Current.CancellationToken);

        // һ, ә and ј are what tell Azerbaijani Cyrillic from Russian; a Russian model would lose them.
        foreach (var letter in new[] { "һ", "ә", "ј" })
        {
            Assert.Contains(letter, page.Text, StringComparison.Ordinal);
        }
    }
}
