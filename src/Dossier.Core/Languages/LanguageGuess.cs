namespace Dossier.Core.Languages;

/// <summary>
/// What <see cref="LanguageIdentifier"/> decided for a text: a BCP-47 tag (RFC 5646) with a script
/// subtag where the language is written in more than one script ("az-Cyrl", "uz-Latn"), or "und"
/// when unsure, and a confidence from 0 to 1.
/// </summary>
public readonly record struct LanguageGuess(string Tag, double Confidence)
{
    public static LanguageGuess Undetermined { get; } = new("und", 0);

    public bool IsUndetermined => string.Equals(Tag, "und", StringComparison.Ordinal);
}
