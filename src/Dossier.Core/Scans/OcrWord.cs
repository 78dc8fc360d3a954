namespace Dossier.Core.Scans;

/// <summary>
/// A word the OCR engine read: its box in the page image's pixels, its confidence (0 to 1), and where it
/// stands in the page's text (<see cref="Start"/>, UTF-16 offset into <see cref="OcrPage.Text"/>).
/// </summary>
public sealed record OcrWord(string Text, int X, int Y, int Width, int Height, double Confidence, int Start);
