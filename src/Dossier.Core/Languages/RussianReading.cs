namespace Dossier.Core.Languages;

/// <summary>
/// How an OCR engine trained on Russian reads the Cyrillic letters Russian lacks: as the Russian letter closest
/// in shape (ә as э, ө as о, ү and ұ as у, ғ as г, қ and ҝ as к, ң as н, ҹ and ҷ as ч, ј as й, і as и; һ,
/// which looks like no Russian letter, as х, its sound). Scans of Turkic and other non-Russian Cyrillic typescripts are mostly read that way, so every
/// profile with such letters also gets a variant read like this, and garbled text still finds its language.
/// </summary>
public static class RussianReading
{
    private static readonly Dictionary<char, char> Map = new()
    {
        ['ә'] = 'э',
        ['ө'] = 'о',
        ['ү'] = 'у',
        ['ұ'] = 'у',
        ['ғ'] = 'г',
        ['қ'] = 'к',
        ['ҝ'] = 'к',
        ['ң'] = 'н',
        ['һ'] = 'х',
        ['ҳ'] = 'х',
        ['ҹ'] = 'ч',
        ['ҷ'] = 'ч',
        ['җ'] = 'ж',
        ['ј'] = 'й',
        ['і'] = 'и',
        ['ї'] = 'и',
        ['є'] = 'е',
        ['ґ'] = 'г',
        ['ў'] = 'у',
        ['ӯ'] = 'у',
        ['ӣ'] = 'й',
        ['љ'] = 'л',
        ['њ'] = 'н',
        ['ћ'] = 'х',
        ['ђ'] = 'х',
        ['џ'] = 'ц',
        ['ѓ'] = 'г',
        ['ќ'] = 'к',
        ['ѕ'] = 'с',
    };

    public static char Fold(char c) => Map.GetValueOrDefault(c, c);

    /// <summary>Whether a text in this alphabet would read differently through a Russian OCR.</summary>
    public static bool Changes(IEnumerable<string> grams)
    {
        ArgumentNullException.ThrowIfNull(grams);
        return grams.Any(g => g.Any(Map.ContainsKey));
    }
}
