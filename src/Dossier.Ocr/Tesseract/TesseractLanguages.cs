namespace Dossier.Ocr.Tesseract;

/// <summary>BCP-47 tags and Tesseract's traineddata names (ISO 639-2 with a script suffix) for the archive's languages.</summary>
public static class TesseractLanguages
{
    private static readonly (string Tag, string Model)[] Table =
    [
        ("ru", "rus"),
        ("az-Cyrl", "aze_cyrl"),
        ("az-Latn", "aze"),
        ("az", "aze"),
        ("en", "eng"),
        ("uk", "ukr"),
        ("de", "deu"),
        ("fr", "fra"),
        ("fa", "fas"),
        ("tr", "tur"),
        ("uz-Cyrl", "uzb_cyrl"),
        ("uz-Latn", "uzb"),
        ("kk", "kaz"),
        ("ka", "kat"),
        ("hy", "hye"),
    ];

    /// <summary>The Tesseract model for a BCP-47 tag, or null when Dossier knows none.</summary>
    public static string? ModelOf(string tag) =>
        Table.FirstOrDefault(t => string.Equals(t.Tag, tag, StringComparison.OrdinalIgnoreCase)).Model;

    /// <summary>The BCP-47 tag of a language given either way ("rus" or "ru" → "ru"); null when unknown.</summary>
    public static string? TagOf(string language)
    {
        foreach (var (tag, model) in Table)
        {
            if (string.Equals(tag, language, StringComparison.OrdinalIgnoreCase) || string.Equals(model, language, StringComparison.OrdinalIgnoreCase))
            {
                return tag;
            }
        }
        return null;
    }
}
