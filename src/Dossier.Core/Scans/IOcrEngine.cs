namespace Dossier.Core.Scans;

/// <summary>Reads the text of a page image. Implemented by Dossier.Ocr (Tesseract, run as a child process).</summary>
public interface IOcrEngine
{
    /// <summary>Engine name and version ("tesseract 5.3.0"); throws when the engine is not installed.</summary>
    Task<string> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads <paramref name="imagePath"/> in the languages given as BCP-47 tags ("ru", "az-Cyrl", "en"), the first
    /// being the page's main language.
    /// </summary>
    Task<OcrPage> RecognizeAsync(string imagePath, IReadOnlyList<string> languages, CancellationToken cancellationToken = default);
}
