namespace Dossier.Core.Records;

/// <summary>How a text layer came to be.</summary>
public sealed class LayerProvenance
{
    public CaptureMethod Method { get; set; } = CaptureMethod.Manual;

    public string? Translator { get; set; }

    /// <summary>OCR engine and version, e.g. "tesseract 5.3.0".</summary>
    public string? OcrEngine { get; set; }

    /// <summary>Mean OCR confidence from 0 to 1, when the engine reported one.</summary>
    public double? Confidence { get; set; }

    /// <summary>How the language tag was decided: "source", "detected", "declared".</summary>
    public string? LanguageEvidence { get; set; }
}
