namespace Dossier.Core.Romanization;

/// <summary>
/// Romanization by the published standards (BGN/PCGN 1947, ISO 9:1995, ALA-LC for Russian; the 1991 Azerbaijani
/// Latin alphabet), and one folded ASCII "search Latin" form of a token of any script.
/// </summary>
public static class Romanizer
{
    /// <summary>Romanizes <paramref name="text"/> by <paramref name="scheme"/>; characters the scheme does not cover pass through.</summary>
    public static string Romanize(string text, RomanizationScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(text);
        return scheme switch
        {
            RomanizationScheme.BgnPcgn => RussianBgnPcgn.Romanize(text, ascii: false),
            RomanizationScheme.Iso9 => RussianTables.Romanize(text, RussianTables.Iso9, "ë", RussianTables.Iso9Extra),
            RomanizationScheme.AlaLc => RussianTables.Romanize(text, RussianTables.AlaLc, "ë", RussianTables.AlaLcExtra),
            RomanizationScheme.AlaLcSimplified => RussianTables.Romanize(text, RussianTables.AlaLcSimplified, "e"),
            RomanizationScheme.Azerbaijani => AzerbaijaniLatin.Romanize(text),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown romanization scheme."),
        };
    }

    /// <summary>
    /// Maps a token of any script to one lower-case ASCII form (letters and digits only) for matching across
    /// scripts: Russian Cyrillic by BGN/PCGN without diacritics or separators (Хрущёв → khrushchev),
    /// Azerbaijani Cyrillic via the Azerbaijani Latin alphabet, Turkic letters to the digraphs English
    /// spellings use (ş → sh, ç → ch, ğ → gh, ə → e; for Azerbaijani also x → kh, c → j), other letters
    /// stripped of diacritics, other scripts by AnyAscii.
    /// </summary>
    /// <param name="token">One word.</param>
    /// <param name="language">The BCP-47 tag of the text the word comes from, if known ("ru", "az-Cyrl", "en").</param>
    public static string FoldedLatin(string token, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        return LatinFolder.Fold(token.AsSpan(), LatinFolder.LanguageOf(language));
    }

    /// <summary>As <see cref="FoldedLatin(string, string?)"/>, for a slice of a buffer.</summary>
    public static string FoldedLatin(ReadOnlySpan<char> token, string? language = null) =>
        LatinFolder.Fold(token, LatinFolder.LanguageOf(language));
}
