namespace Dossier.Core.Languages;

/// <summary>
/// Uzbek in Latin script (1995 alphabet, with o‘ and g‘), which Lingua does not model: its apostrophe
/// letters and function words, against the letters of Turkish and Azerbaijani it never uses.
/// </summary>
internal static class LatinUzbekScorer
{
    private static readonly HashSet<string> Words = new(
        "va bilan uchun bor har bir inson yoki bu ham hamda uning ular ega huquq huquqi huquqiga kerak hech emas o‘z o'z oʻz shaxs davlat barcha odamlar biror sira mumkin qonun".Split(' '),
        StringComparer.Ordinal);

    private static readonly string[] Suffixes = ["ning", "lari", "larga", "ligi", "dan", "ga", "lik", "ish", "gan"];

    public static bool LacksTurkicLetters(string text) => text.AsSpan().IndexOfAny("əƏışŞçÇğĞ".AsSpan()) < 0;

    /// <summary>Evidence per word that the text is Uzbek; above about 0.5 it is.</summary>
    public static double Score(string text)
    {
        var lower = text.ToLowerInvariant();
        var tokens = CyrillicScorer.Tokenize(lower);
        if (tokens.Count == 0)
        {
            return 0;
        }
        var score = 0.0;
        foreach (var c in lower)
        {
            if ("əışçğöüâî".Contains(c, StringComparison.Ordinal))
            {
                score -= 3;
            }
        }
        foreach (var token in tokens)
        {
            if (Words.Contains(token))
            {
                score += 2;
            }
            else if (token.Length >= 5 && Suffixes.Any(s => token.EndsWith(s, StringComparison.Ordinal)))
            {
                score += 0.4;
            }
            if (token.Contains("o‘", StringComparison.Ordinal) || token.Contains("g‘", StringComparison.Ordinal)
                || token.Contains("o'", StringComparison.Ordinal) || token.Contains("g'", StringComparison.Ordinal)
                || token.Contains("oʻ", StringComparison.Ordinal) || token.Contains("gʻ", StringComparison.Ordinal)
                || token.Contains('ʼ', StringComparison.Ordinal))
            {
                score += 3;
            }
        }
        return score / tokens.Count;
    }
}
