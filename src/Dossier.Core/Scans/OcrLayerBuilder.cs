using System.Text;
using Dossier.Core.Records;

namespace Dossier.Core.Scans;

/// <summary>
/// Builds a record's OCR text layer from its pages' OCR: one layer page per scan, in scan order, its number the
/// scan's label; the layer's confidence is the mean over every word read.
/// </summary>
public static class OcrLayerBuilder
{
    public const string PageSeparator = "\n\n";

    /// <summary>The language evidence of an OCR layer read from scans: the editor said which languages to read.</summary>
    public const string Declared = "declared";

    public static TextLayer Build(IReadOnlyList<ScanPage> scans, IReadOnlyList<OcrPage?> pages, string lang)
    {
        ArgumentNullException.ThrowIfNull(scans);
        ArgumentNullException.ThrowIfNull(pages);
        var text = new StringBuilder();
        var layer = new TextLayer
        {
            Kind = LayerKind.Original,
            Lang = lang,
            Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, LanguageEvidence = Declared },
        };
        double sum = 0;
        var words = 0;
        string? engine = null;
        for (var i = 0; i < scans.Count; i++)
        {
            if (i > 0)
            {
                text.Append(PageSeparator);
            }
            layer.Pages.Add(new LayerPage { Start = text.Length, Number = scans[i].Label ?? ScanPaths.Label(scans[i].Number) });
            if (pages[i] is not { } page)
            {
                continue;
            }
            text.Append(page.Text.TrimEnd());
            engine ??= page.Engine;
            foreach (var word in page.Words)
            {
                sum += word.Confidence;
                words++;
            }
        }
        layer.Text = text.ToString();
        layer.Provenance.OcrEngine = engine;
        layer.Provenance.Confidence = words > 0 ? Math.Round(sum / words, 4) : null;
        return layer;
    }

    /// <summary>True for the OCR layer in <paramref name="lang"/> that <see cref="Build"/> makes (re-running OCR replaces it).</summary>
    public static bool IsOcrLayer(TextLayer layer, string lang)
    {
        ArgumentNullException.ThrowIfNull(layer);
        // An imported OCR layer (engine unknown, language detected) is the source's text and is never replaced.
        return layer.Kind == LayerKind.Original && layer.Provenance.Method == CaptureMethod.Ocr
            && layer.Provenance.OcrEngine is not null
            && string.Equals(layer.Provenance.LanguageEvidence, Declared, StringComparison.Ordinal)
            && string.Equals(layer.Lang, lang, StringComparison.OrdinalIgnoreCase);
    }
}
