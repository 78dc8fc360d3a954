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

    /// <summary>The English stem field.</summary>
    public const string EnglishStem = "stem.en";

    /// <summary>
    /// The analysis the index writes <see cref="EnglishStem"/> with in a record whose every part is English: every stem
    /// but those of the words it leaves to the exact field where they are their own stems ("the", "of", "1955",
    /// <see cref="EnglishStems.LeftToExactField"/>). A search reads the field as those and those terms of
    /// <see cref="Exact"/>, together (<see cref="Indexing.WholeFieldsView"/>). Not a field, and never a query's analysis.
    /// </summary>
    public const string StemAsIndexed = "stem.en.indexed";

    /// <summary>Every token romanized to one folded Latin form, whatever its script.</summary>
    public const string Latin = "latn";

    /// <summary>
    /// The analysis the index writes <see cref="Latin"/> with: only the romanized tokens that differ from the
    /// <see cref="Exact"/> token at their position ("amerikan" for American, khrushchev for Хрущев, not "trade"). A
    /// search reads <see cref="Latin"/> as those and <see cref="Exact"/>'s together (<see cref="Indexing.WholeFieldsView"/>),
    /// which is every romanized token again. Not a field, and never a query's analysis.
    /// </summary>
    public const string LatinAsIndexed = "latn.indexed";

    /// <summary>A phonetic skeleton of each (long enough) romanized token, for spelling variants.</summary>
    public const string Key = "key";

    /// <summary>Noise-tolerant field for OCR layers (weighted below clean text).</summary>
    public const string Ocr = "ocr";

    public const string Title = "title";

    /// <summary>The title's romanized (lower-case) and skeleton-key (upper-case) terms, so a title counts for every spelling of a word alike.</summary>
    public const string TitleForms = "title.forms";

    public static string Stem(string language) => StemPrefix + language;
}
