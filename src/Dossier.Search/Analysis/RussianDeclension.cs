namespace Dossier.Search.Analysis;

/// <summary>
/// The cases of Russian place names, by their endings (<see cref="Exonyms"/>): a noun (Куба, Египет, Афины), an adjective
/// before it (Советский Союз, Латинская Америка, Соединённые Штаты), and names of several words, whose last part
/// alone is declined when they are joined by hyphens (Нью-Йорк: Нью-Йорке). Forms are lower case with ё as е, as the
/// exact field holds them.
/// </summary>
internal static class RussianDeclension
{
    /// <summary>
    /// A name's words, each with its forms in every case: the last word a noun (a hyphenated one declined in its last
    /// part, its others as written: Нью-Йорк: нью; йорк, йорка, …), the words before it adjectives where they end as
    /// one (Ближний Восток: ближний, ближнего, …; восток, востока, …; Юго-Восточная Азия: юго; восточная, восточной, …),
    /// nouns otherwise (Организация Объединённых Наций: организация, организации, …). A name of one word takes
    /// <paramref name="stem"/> where its other cases drop a vowel.
    /// </summary>
    public static string[][] Name(string name, string? stem = null)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && !name.Contains('-', StringComparison.Ordinal))
        {
            return [[.. Noun(name, stem)]];
        }
        var result = new List<string[]>();
        for (var w = 0; w < words.Length; w++)
        {
            var parts = words[w].Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length - 1; i++)
            {
                result.Add([Lower(parts[i])]);
            }
            var last = parts[^1];
            result.Add(w < words.Length - 1 && Adjective(last) is { } adjective ? [.. adjective] : [.. Noun(last)]);
        }
        return [.. result];
    }

    /// <summary>
    /// An adjective's forms in every case of its gender and number (Советский: советского, советскому, советским,
    /// советском; Латинская: латинской, латинскую; Соединённые: соединенных, соединенным, соединенными); null for a word
    /// that does not end as an adjective.
    /// </summary>
    public static List<string>? Adjective(string nominative)
    {
        var word = Lower(nominative);
        if (word.Length < 4)
        {
            return null;
        }
        var stem = word[..^2];
        var before = stem[^1];
        var velar = before is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ';
        string[]? endings = word[^2..] switch
        {
            "ий" when velar => ["ого", "ому", "им", "ом"],
            "ий" => ["его", "ему", "им", "ем"],
            "ый" => ["ого", "ому", "ым", "ом"],
            "ой" => ["ого", "ому", velar ? "им" : "ым", "ом"],
            "ая" => ["ой", "ую"],
            "яя" => ["ей", "юю"],
            "ое" => ["ого", "ому", "ым", "ом"],
            "ее" => ["его", "ему", "им", "ем"],
            "ые" => ["ых", "ым", "ыми"],
            "ие" => ["их", "им", "ими"],
            _ => null,
        };
        return endings is null ? null : [word, .. endings.Select(e => stem + e)];
    }

    /// <summary>
    /// A Russian noun's forms in every case (a place's name), lower case with ё as е: by its ending (Куба: кубы, кубе, кубу, кубой;
    /// Англия: англии, англию, англией; Китай: китая, китаю, китаем, китае; Кипр: кипра, кипру, кипром, кипре; Афины:
    /// афин, афинам, афинами, афинах), on <paramref name="stem"/> where the other cases drop a vowel (Египет: египта).
    /// Abbreviations (СССР) and names ending in another vowel (Токио, Перу, Чили) are not declined.
    /// </summary>
    public static List<string> Noun(string nominative, string? stem = null)
    {
        var forms = new List<string> { Lower(nominative) };
        if (nominative.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return forms;
        }
        var word = forms[0];
        var last = word[^1];
        var before = word.Length > 1 ? word[^2] : '\0';
        var root = stem is null ? null : Lower(stem);
        string[] endings;
        if (word.EndsWith("ия", StringComparison.Ordinal))
        {
            (root, endings) = (word[..^1], ["и", "ю", "ей"]);
        }
        else if (word.EndsWith("ье", StringComparison.Ordinal) || word.EndsWith("ре", StringComparison.Ordinal) || word.EndsWith("ле", StringComparison.Ordinal))
        {
            // Neuter (Средиземноморье, море, поле).
            (root, endings) = (word[..^1], ["я", "ю", "ем"]);
        }
        else if (word.EndsWith("ие", StringComparison.Ordinal))
        {
            // Neuter in -ие (полушарие: полушария, полушарии).
            (root, endings) = (word[..^1], ["я", "ю", "ем", "и"]);
        }
        else if (last == 'а')
        {
            var soft = before is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ';
            var hushing = before is 'ж' or 'ш' or 'ч' or 'щ' or 'ц';
            (root, endings) = (word[..^1], [soft ? "и" : "ы", "е", "у", hushing ? "ей" : "ой"]);
        }
        else if (last == 'я')
        {
            (root, endings) = (word[..^1], ["и", "е", "ю", "ей"]);
        }
        else if (last == 'ы')
        {
            (root, endings) = (word[..^1], ["", "ов", "ам", "ами", "ах"]);
        }
        else if (last is 'й' or 'ь')
        {
            // A name in -ь is mostly masculine (Израиль, Неаполь), some feminine (Сибирь): both sets.
            (root, endings) = (word[..^1], last == 'й' ? ["я", "ю", "ем", "е"] : ["я", "ю", "ем", "е", "и", "ью"]);
        }
        else if (IsConsonant(last))
        {
            var hushing = last is 'ж' or 'ш' or 'ч' or 'щ' or 'ц';
            (root, endings) = (root ?? word, ["а", "у", hushing ? "ем" : "ом", "е"]);
        }
        else
        {
            return forms;
        }
        foreach (var ending in endings)
        {
            forms.Add(root + ending);
        }
        return forms;
    }

    private static string Lower(string russian) => russian.ToLowerInvariant().Replace('ё', 'е');

    private static bool IsConsonant(char c) => c is >= 'а' and <= 'я' && "аеиоуыэюяйь".IndexOf(c, StringComparison.Ordinal) < 0;
}
