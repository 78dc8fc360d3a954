using System.Text;

namespace Dossier.Core.Romanization;

/// <summary>
/// Azerbaijani Cyrillic (1958 alphabet, with the 1939 letters й ю я ё) to the official 1991 Latin alphabet:
/// ә→ə, ғ→ğ, г→q, ҝ→g, ҹ→c, ч→ç, ј→y, һ→h, ө→ö, ү→ü, ы→ı, х→x, ш→ş, ж→j. Upper case follows Azerbaijani
/// rules (и→i/İ, ы→ı/I).
/// </summary>
internal static class AzerbaijaniLatin
{
    public static string Romanize(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var mapped = Map(lower);
            if (mapped is null)
            {
                output.Append(c);
                continue;
            }

            if (!char.IsUpper(c) || mapped.Length == 0)
            {
                output.Append(mapped);
            }
            else if (lower == 'и')
            {
                output.Append('İ');
            }
            else if (lower == 'ы')
            {
                output.Append('I');
            }
            else
            {
                CyrillicCase.Append(output, mapped, text, i);
            }
        }

        return output.ToString();
    }

    internal static bool IsAzerbaijaniOnly(char lower) => lower is 'ә' or 'ғ' or 'ҝ' or 'ҹ' or 'ј' or 'һ' or 'ө' or 'ү';

    internal static string? Map(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "q",
        'ғ' => "ğ",
        'д' => "d",
        'е' => "e",
        'ә' => "ə",
        'ж' => "j",
        'з' => "z",
        'и' => "i",
        'ы' => "ı",
        'ј' => "y",
        'й' => "y",
        'к' => "k",
        'ҝ' or 'ҡ' => "g",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'ө' => "ö",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ү' or 'ұ' => "ü",
        'ф' => "f",
        'х' => "x",
        'һ' => "h",
        'ч' => "ç",
        'ҹ' => "c",
        'ш' => "ş",
        'ю' => "yu",
        'я' => "ya",
        'ё' => "yo",
        'ц' => "ts",
        'щ' => "şç",
        'э' => "e",
        'ъ' or 'ь' => string.Empty,
        _ => null,
    };
}
