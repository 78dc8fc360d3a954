using System.Text;

namespace Dossier.Core.Romanization;

/// <summary>
/// Letter tables for Russian, indexed from а (U+0430) to я (U+044F); ё is handled by the callers.
/// Written from the published standards: BGN/PCGN 1947, ISO 9:1995 (GOST 7.79-2000 System A), ALA-LC.
/// </summary>
internal static class RussianTables
{
    // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
    internal static readonly string[] BgnBase =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "\u201D", "y", "\u2019", "e", "yu", "ya",
    ];

    internal static readonly string[] Iso9 =
    [
        "a", "b", "v", "g", "d", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "c", "č", "š", "ŝ", "\u02BA", "y", "\u02B9", "è", "û", "â",
    ];

    internal static readonly string[] AlaLc =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "ĭ", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "t\u0361s", "ch", "sh", "shch", "\u02BA", "y", "\u02B9", "ė", "i\u0361u", "i\u0361a",
    ];

    internal static readonly string[] AlaLcSimplified =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "\"", "y", "'", "e", "iu", "ia",
    ];

    /// <summary>Letter-by-letter romanization with a table (ISO 9, ALA-LC): no context rules, only case carried over.</summary>
    public static string Romanize(string text, string[] table, string yo, Func<char, string?>? extra = null)
    {
        var output = new StringBuilder(text.Length + (text.Length / 4));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            string? mapped = lower switch
            {
                >= 'а' and <= 'я' => table[lower - 'а'],
                'ё' => yo,
                _ => extra?.Invoke(lower),
            };
            if (mapped is null)
            {
                output.Append(c);
            }
            else
            {
                CyrillicCase.Append(output, mapped, text, i);
            }
        }

        return output.ToString();
    }

    /// <summary>ISO 9:1995 letters of the other Slavic Cyrillic alphabets and of pre-1918 Russian.</summary>
    internal static string? Iso9Extra(char c) => c switch
    {
        'і' => "ì",
        'ї' => "ï",
        'є' => "ê",
        'ґ' => "g\u0300",
        'ў' => "ŭ",
        'ѣ' => "ě",
        'ѳ' => "f\u0300",
        'ѵ' => "ỳ",
        'ѓ' => "ǵ",
        'ќ' => "ḱ",
        'љ' => "l\u0302",
        'њ' => "n\u0302",
        'џ' => "d\u0302",
        'ј' => "ǰ",
        'ѕ' => "ẑ",
        _ => null,
    };

    /// <summary>ALA-LC letters of pre-1918 Russian orthography.</summary>
    internal static string? AlaLcExtra(char c) => c switch
    {
        'і' => "ī",
        'ѣ' => "i\u0361e",
        'ѳ' => "ḟ",
        'ѵ' => "ẏ",
        _ => null,
    };
}
