using System.Globalization;
using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>A text layer laid out for reading: pieces in order, its footnotes, and how it came to be.</summary>
public sealed class LayerView
{
    public required int Index { get; init; }

    public required TextLayer Layer { get; init; }

    public required IReadOnlyList<LayerPiece> Pieces { get; init; }

    /// <summary>Footnotes with their anchors, in order.</summary>
    public required IReadOnlyList<NoteView> Notes { get; init; }

    public string Lang => string.IsNullOrWhiteSpace(Layer.Lang) ? "und" : Layer.Lang;

    public string Dir => LanguageNames.Direction(Lang);

    public string LanguageName => LanguageNames.Of(Lang);

    public string KindName => Layer.Kind switch
    {
        LayerKind.Transcription => "Transcription",
        LayerKind.Original => "Original",
        _ => "Translation",
    };

    public string Heading => KindName + " — " + LanguageName;

    public bool IsMachineRead => Layer.Provenance.Method == CaptureMethod.Ocr;

    /// <summary>"Machine-read (OCR, tesseract 5.3.0), confidence 87%" for OCR layers.</summary>
    public string? MachineReadNote
    {
        get
        {
            if (!IsMachineRead)
            {
                return null;
            }
            var engine = string.IsNullOrWhiteSpace(Layer.Provenance.OcrEngine) ? "OCR" : "OCR, " + Layer.Provenance.OcrEngine;
            var confidence = Layer.Provenance.Confidence is { } c
                ? ", confidence " + Math.Round(c * 100).ToString("0", CultureInfo.InvariantCulture) + "%"
                : ", confidence not reported";
            return "Machine-read (" + engine + ")" + confidence + ": expect misreadings.";
        }
    }
}
