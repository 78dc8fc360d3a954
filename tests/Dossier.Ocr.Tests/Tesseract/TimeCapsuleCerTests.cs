using System.Globalization;
using System.Text;
using Dossier.Ocr.Tests.Support;
using Dossier.Testing;

namespace Dossier.Ocr.Tests.Tesseract;

/// <summary>
/// The character error rate of the real OCR outputs of five handwritten and typed Soviet letters
/// (../shared/corpora/time-capsules: FineReader, ReHand, and their reconciliation) against the manual transcription.
/// These figures describe the noise the archive's OCR search has to tolerate.
/// </summary>
public sealed class TimeCapsuleCerTests
{
    private static readonly string[] Letters = ["MURMANSK", "NOWOSIBIRSK", "PERM", "ROSTOW", "SPB"];

    [Theory]
    [InlineData("FINEREADER")]
    [InlineData("REHAND")]
    [InlineData("ABGLEICH")]
    public void Should_measure_the_character_error_rate_of_each_real_ocr_output(string engine)
    {
        var report = new StringBuilder();
        double distanceSum = 0, lengthSum = 0;
        var measured = 0;
        foreach (var letter in Letters)
        {
            // Not every letter went through every engine.
            var output = Path.Combine(Shared.PathTo("corpora/time-capsules/Texterkennung"), $"{letter}_{engine}.txt");
            if (!File.Exists(output))
            {
                continue;
            }
            measured++;
            var reference = File.ReadAllText(Shared.PathTo($"corpora/time-capsules/Transkribierte Texte/{letter}_MANUELL.txt"));
            var ocr = File.ReadAllText(output);
            var cer = CharacterErrorRate.Of(ocr, reference);
            var length = CharacterErrorRate.Normalise(reference).Length;
            distanceSum += cer * length;
            lengthSum += length;
            report.AppendLine(CultureInfo.InvariantCulture, $"{engine} {letter}: CER {cer:P1} over {length} characters");
            Assert.InRange(cer, 0, 2);
        }
        Assert.True(measured >= 4, $"only {measured} letters have {engine} output");
        var pooled = distanceSum / lengthSum;
        report.AppendLine(CultureInfo.InvariantCulture, $"{engine} pooled: CER {pooled:P1}");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        // Real OCR of these letters is noisy but far from random text, whose CER is near 100 %.
        Assert.InRange(pooled, 0.01, 0.8);
    }
}
