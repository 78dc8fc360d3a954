using System.Text;

namespace Dossier.Core.Authorities;

/// <summary>
/// Romanized Russian names written back in Cyrillic by reversing BGN/PCGN 1947 (Khrushchev → Хрущев,
/// Sergeyevich → Сергеевич, Gromyko → Громыко): longest letter group first, with the standard's context rules
/// read backwards (ye → е; y after a vowel → й; e word-initially or after a vowel → э; a final i after a vowel → й). Only names
/// that look Russian are written back: a Soviet description, or a Russian surname ending.
/// </summary>
public static class CyrillicForms
{
    private static readonly (string Latin, string Cyrillic)[] Groups =
    [
        ("shch", "щ"), ("yё", "ё"), ("ё", "ё"), ("·", ""), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"),
        ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("y", "ы"),
        ("’", "ь"), ("'", "ь"), ("”", "ъ"), ("w", "в"), ("x", "кс"), ("c", "к"), ("h", "х"), ("q", "к"), ("j", "дж"),
    ];

    private static readonly string[] RussianEndings = ["ov", "ev", "yov", "yev", "in", "yn", "enko", "sky", "skiy", "skii", "vich", "ko", "yan"];

    private static readonly string[] SovietWords = ["Soviet", "USSR", "Russia", "Kremlin", "CPSU", "Ukrain", "Moscow"];

    /// <summary>Whether the authority's name is probably a romanized Russian one.</summary>
    public static bool LooksRussian(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (authority.Kind != AuthorityKind.Person)
        {
            return false;
        }
        var surname = PersonName.Parse(authority.PreferredName).Surname;
        var soviet = authority.Description is { } d && SovietWords.Any(w => d.Contains(w, StringComparison.OrdinalIgnoreCase));
        var ending = RussianEndings.Any(e => surname.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && surname.Length > 4;
        return surname.All(c => c < '\u0400') && (soviet || (ending && !surname.EndsWith("in", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The Cyrillic forms of a person: the surname alone and "Forename Patronymic Surname" when forenames are written out.</summary>
    public static IReadOnlyList<string> For(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (!LooksRussian(authority))
        {
            return [];
        }
        var name = PersonName.Parse(authority.PreferredName);
        var surname = ToCyrillic(name.Surname);
        var forms = new List<string> { surname };
        if (name.Forenames.Count > 0 && name.Forenames.All(f => f.Length > 1))
        {
            forms.Add(string.Join(' ', name.Forenames.Select(ToCyrillic).Append(surname)));
        }
        return forms;
    }

    /// <summary>One romanized word or phrase in Cyrillic, capitals kept.</summary>
    public static string ToCyrillic(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        var output = new StringBuilder(latin.Length);
        var lower = latin.ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            var wordStart = i == 0 || !char.IsLetter(lower[i - 1]);
            var afterVowel = i > 0 && "aeiouy".Contains(lower[i - 1], StringComparison.Ordinal);
            var atEnd = i + 1 == lower.Length || !char.IsLetter(lower[i + 1]);
            string mapped;
            var length = 1;
            var afterSeparator = i > 0 && lower[i - 1] == '·';
            if (lower[i] == 'e' && (wordStart || afterSeparator || (afterVowel && lower[i - 1] != 'e')))
            {
                // BGN/PCGN writes е after a vowel as "ye", so a bare e there is э (Ruem → Руэм).
                mapped = "э";
            }
            else if (lower[i] == 'y' && afterVowel && (atEnd || lower[i + 1] == 'y' || !"aeiouyё".Contains(lower[i + 1], StringComparison.Ordinal)))
            {
                mapped = "й";
            }
            else if (lower[i] == 'i' && atEnd && afterVowel)
            {
                mapped = "й";
            }
            else if (lower[i] == 'i' && atEnd && i >= 3 && !wordStart)
            {
                mapped = "ий";
            }
            else if (Match(lower, i) is { } group)
            {
                mapped = group.Cyrillic;
                length = group.Latin.Length;
            }
            else
            {
                output.Append(latin[i]);
                i++;
                continue;
            }
            output.Append(char.IsUpper(latin[i]) ? char.ToUpperInvariant(mapped[0]) + mapped[1..] : mapped);
            i += length;
        }
        return output.ToString();
    }

    private static (string Latin, string Cyrillic)? Match(string text, int at)
    {
        foreach (var group in Groups)
        {
            if (string.CompareOrdinal(text, at, group.Latin, 0, group.Latin.Length) == 0)
            {
                return group;
            }
        }
        return null;
    }
}
