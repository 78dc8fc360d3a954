namespace Dossier.Core.Scans;

/// <summary>What OCR read on one page image: the text in reading order, its words with boxes, the mean word confidence.</summary>
public sealed class OcrPage
{
    public string Text { get; set; } = "";

    public List<OcrWord> Words { get; set; } = [];

    /// <summary>Mean word confidence from 0 to 1; null when no word was read.</summary>
    public double? Confidence { get; set; }

    /// <summary>Engine name and version, e.g. "tesseract 5.3.0".</summary>
    public string Engine { get; set; } = "";

    /// <summary>BCP-47 tag of the language the page was read as.</summary>
    public string Lang { get; set; } = "und";

    public int ImageWidth { get; set; }

    public int ImageHeight { get; set; }
}
