using System.Text;

namespace Dossier.Core.Romanization;

/// <summary>
/// BGN/PCGN 1947 romanization of Russian. Context rules: е → ye and ё → yë word-initially and after a vowel,
/// й, ъ or ь; э → ·e after a consonant; ы → ·y after a vowel; the separator "·" also after й and ы before
/// а/у/ы/э and inside тс and шч, where the Latin would otherwise read as another letter.
/// </summary>
internal static class RussianBgnPcgn
{
    internal const string Vowels = "аеёиоуыэюя";
    internal const string Consonants = "бвгджзклмнпрстфхцчшщ";
    private const string AfterYSeparate = "ауыэ";

    public static string Romanize(string text, bool ascii)
    {
        var output = new StringBuilder(text.Length + (text.Length / 4));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            if (lower is < 'а' or > 'я' && lower != 'ё')
            {
                output.Append(c);
                continue;
            }

            var prev = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            var mapped = Map(lower, char.ToLowerInvariant(prev), char.IsLetter(prev), next, ascii);
            if (mapped.Length > 0 && mapped[0] == '·' && output.Length > 0 && output[^1] == '·')
            {
                mapped = mapped[1..];
            }

            CyrillicCase.Append(output, mapped, text, i);
        }

        return output.ToString();
    }

    internal static string Map(char c, char prev, bool prevIsLetter, char next, bool ascii)
    {
        var yeContext = !prevIsLetter || Vowels.Contains(prev, StringComparison.Ordinal) || prev is 'й' or 'ъ' or 'ь';
        return c switch
        {
            'е' => yeContext ? "ye" : "e",
            'ё' => ascii ? (yeContext ? "ye" : "e") : (yeContext ? "yë" : "ë"),
            'э' => !ascii && Consonants.Contains(prev, StringComparison.Ordinal) ? "·e" : "e",
            'ы' => ascii ? "y" : (Vowels.Contains(prev, StringComparison.Ordinal) ? "·y" : "y")
                + (AfterYSeparate.Contains(next, StringComparison.Ordinal) ? "·" : string.Empty),
            'й' => !ascii && AfterYSeparate.Contains(next, StringComparison.Ordinal) ? "y·" : "y",
            'т' => !ascii && next == 'с' ? "t·" : "t",
            'ш' => !ascii && next == 'ч' ? "sh·" : "sh",
            'ъ' => ascii ? string.Empty : "\u201D",
            'ь' => ascii ? string.Empty : "\u2019",
            _ => RussianTables.BgnBase[c - 'а'],
        };
    }
}
