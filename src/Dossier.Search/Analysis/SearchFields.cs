namespace Dossier.Search.Analysis;

/// <summary>
/// The index's fields. Each text layer is indexed into several text fields, one per kind of match,
/// queried together with falling weights: exact ≫ stem ≫ latn ≫ key ≫ fuzzy/OCR.
/// </summary>
public static class SearchFields
{
    /// <summary>Every token lower-cased and normalized (NFC, ё→е, quotes, dashes, soft hyphens), unstemmed.</summary>
    public const string Exact = "text";

    /// <summary>Stemmed by the layer's language: "stem.en", "stem.ru", "stem.az", "stem.other".</summary>
    public const string StemPrefix = "stem.";

    /// <summary>Every token romanized to one folded Latin form, whatever its script.</summary>
    public const string Latin = "latn";

    /// <summary>A phonetic skeleton of each (long enough) romanized token, for spelling variants.</summary>
    public const string Key = "key";

    /// <summary>Noise-tolerant field for OCR layers (weighted below clean text).</summary>
    public const string Ocr = "ocr";

    public const string Title = "title";

    /// <summary>The title's romanized (lower-case) and skeleton-key (upper-case) terms, so a title counts for every spelling of a word alike.</summary>
    public const string TitleForms = "title.forms";

    public static string Stem(string language) => StemPrefix + language;
}
