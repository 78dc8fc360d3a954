namespace Dossier.Core.Languages;

/// <summary>
/// Chinese, Japanese and Korean told apart by script alone: Hangul is Korean, kana (with or without kanji) is
/// Japanese, Han characters alone are Chinese. No statistical model is needed for these three.
/// </summary>
internal static class EastAsianScripts
{
    public static LanguageGuess Identify(string text)
    {
        int hangul = 0, kana = 0, han = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F':
                    hangul++;
                    break;
                case >= '\u3040' and <= '\u30FF':
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF':
                    han++;
                    break;
            }
        }
        var total = hangul + kana + han;
        if (total < 3)
        {
            return LanguageGuess.Undetermined;
        }
        if (hangul * 2 >= total)
        {
            return new LanguageGuess("ko", Math.Round(hangul / (double)total, 3));
        }
        return kana > 0 && kana * 10 >= total
            ? new LanguageGuess("ja", Math.Round((kana + han) / (double)total, 3))
            : new LanguageGuess("zh", Math.Round(han / (double)total, 3));
    }
}
