namespace Dossier.Bench.Languages;

/// <summary>
/// Writes Latin-script Azerbaijani (1992 alphabet), Turkmen (1993) and Tatar (Zamanälif) in the Cyrillic alphabet
/// each used before (Azerbaijani 1958, Turkmen 1940, Tatar 1939), letter by letter, with Turkmen and Tatar я, ю, ё
/// for y + vowel and э for e at the start of a word, so that profiles of their Cyrillic form can be built from
/// today's Latin-script text.
/// </summary>
internal static class CyrillicSpelling
{
    private static readonly Dictionary<string, Dictionary<char, string>> Alphabets = new(StringComparer.Ordinal)
    {
        ["az"] = Letters("a а b б c ҹ ç ч d д e е ə ә f ф g ҝ ğ ғ h һ x х ı ы i и j ж k к q г l л m м n н o о ö ө p п r р s с ş ш t т u у ü ү v в y ј z з"),
        ["tk"] = Letters("a а b б ç ч d д e е ä ә f ф g г h х i и j җ ž ж k к l л m м n н ň ң o о ö ө p п r р s с ş ш t т u у ü ү w в y ы ý й z з"),
        ["tt"] = Letters("a а ä ә b б c җ ç ч d д e е f ф g г ğ г h һ x х ı ы i и j ж k к q к l л m м n н ñ ң o о ö ө p п r р s с ş ш t т u у ü ү v в w в y й z з"),
    };

    public static string Write(string language, string latin)
    {
        var alphabet = Alphabets[language];
        var lower = latin.ToLowerInvariant().Replace("i̇", "i", StringComparison.Ordinal);
        var result = new System.Text.StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var glide = string.Equals(language, "tt", StringComparison.Ordinal) ? 'y' : 'ý';
            var startsWord = i == 0 || !char.IsLetter(lower[i - 1]);
            if (!string.Equals(language, "az", StringComparison.Ordinal))
            {
                if (c == glide && i + 1 < lower.Length && lower[i + 1] is 'a' or 'ä' or 'u' or 'ü' or 'o' or 'e')
                {
                    result.Append(lower[i + 1] switch { 'a' or 'ä' => 'я', 'u' or 'ü' => 'ю', 'o' => 'ё', _ => 'е' });
                    i++;
                    continue;
                }
                if (c == 'e' && startsWord)
                {
                    result.Append('э');
                    continue;
                }
            }
            result.Append(alphabet.TryGetValue(c, out var cyrillic) ? cyrillic : c.ToString());
        }
        return result.ToString();
    }

    private static Dictionary<char, string> Letters(string pairs)
    {
        var parts = pairs.Split(' ');
        var map = new Dictionary<char, string>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            map[parts[i][0]] = parts[i + 1];
        }
        return map;
    }
}
