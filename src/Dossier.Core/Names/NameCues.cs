using System.Globalization;
using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// Words around a capitalised word that say what it names: a title before a person ("Cde.", "тов.", "General"),
/// a preposition or "city" before a place ("in", "в", "гор."), and capitalised words that are never names
/// ("Party", "Комитет", months, offices) in English and Russian.
/// </summary>
internal static class NameCues
{
    private static readonly HashSet<string> PersonBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "cde", "comrade", "comrades", "general", "gen", "doctor", "dr", "mr", "mrs", "ms", "miss", "president", "premier", "chairman",
        "secretary", "minister", "ambassador", "marshal", "admiral", "colonel", "senator", "governor", "king", "queen", "shah", "prince",
        "тов", "товарищ", "товарищу", "товарища", "генерал", "генерала", "доктор", "доктора", "господин", "маршал", "министр", "посол",
    };

    private static readonly HashSet<string> PlaceBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "from", "city", "town", "village", "province", "capital", "port",
        "в", "во", "из", "гор", "г", "город", "города", "городе", "под", "близ", "около", "ул", "улица", "пер", "пл", "пр",
    };

    private static readonly HashSet<string> PlaceAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "alley", "avenue", "square", "river", "sea", "lake", "mountains", "province", "district", "region", "island", "bay",
    };

    private static readonly HashSet<string> NeverNames = BuildNeverNames();

    // English and Russian words of the closed classes (pronouns, articles, prepositions, conjunctions, particles): a
    // sentence's "He", a telegram's "THE", Russian "Того", "Это". Alone, such a word names nobody, whatever name it keys as.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "he", "she", "it", "we", "they", "you", "his", "her", "hers", "its", "our", "ours", "their", "theirs", "him",
        "them", "us", "me", "my", "this", "that", "these", "those", "there", "here", "in", "on", "at", "by", "for", "of", "to", "from",
        "with", "as", "if", "but", "and", "or", "nor", "so", "yet", "not", "no", "all", "any", "some", "when", "where", "while", "what",
        "who", "whom", "whose", "which", "why", "how", "after", "before", "since", "until", "upon", "into", "also", "then", "thus",
        "however", "although", "though", "because", "yes", "each", "every", "both", "either", "neither", "such", "than", "per", "via",
        "он", "она", "оно", "они", "мы", "вы", "ты", "его", "ее", "её", "их", "им", "ему", "ей", "нам", "вам", "это", "этот", "эта",
        "эти", "этого", "этой", "этих", "тот", "та", "те", "того", "той", "тех", "то", "так", "как", "что", "чтобы", "если", "когда",
        "где", "там", "тут", "здесь", "но", "или", "ни", "не", "да", "нет", "же", "ли", "бы", "уже", "еще", "ещё", "все", "всё",
        "весь", "вся", "при", "для", "без", "через", "после", "перед", "между", "над", "от", "до", "из", "по", "на", "за", "об", "со",
        "ко", "во", "вот", "кто", "чем", "также", "тоже", "однако", "поэтому",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the word at <paramref name="start"/> is a month in a date: a number follows ("May 15, 1961") or comes before
    /// it ("15 May"). Herbert May and General March keep their names elsewhere.
    /// </summary>
    public static bool IsMonthOfADate(string text, int start, int length)
    {
        if (length is < 3 or > 9 || !MonthLookup.Contains(text.AsSpan(start, length)))
        {
            return false;
        }
        var after = start + length;
        while (after < text.Length && text[after] is ' ' or '\u00A0' or ',' or '.')
        {
            after++;
        }
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0')
        {
            before--;
        }
        return (after < text.Length && char.IsDigit(text[after])) || (before >= 0 && char.IsDigit(text[before]));
    }

    /// <summary>Whether a word (any case) is a pronoun, article, preposition, conjunction or particle of English or Russian.</summary>
    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    public static AuthorityKind? KindBefore(string? previousWord) =>
        previousWord is null ? null
        : PersonBefore.Contains(previousWord) ? AuthorityKind.Person
        : PlaceBefore.Contains(previousWord) ? AuthorityKind.Place
        : null;

    // "Eisenhower Library", "Marshall Plan": a person's name used for something else.
    private static readonly HashSet<string> InstitutionAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "library", "papers", "house", "administration", "doctrine", "plan", "foundation", "institute", "memorial", "center", "centre", "prize",
    };

    public static bool InstitutionFollows(string? nextWord) => nextWord is not null && InstitutionAfter.Contains(nextWord);

    public static bool PlaceFollows(string? nextWord) => nextWord is not null && PlaceAfter.Contains(nextWord);

    public static bool IsTitle(string word) => PersonBefore.Contains(word);

    public static bool NeverAName(IReadOnlyList<string> keys) => keys.Any(NeverNames.Contains);

    /// <summary>
    /// Whether <paramref name="word"/> is the English name of a country or region, or of a language ("Jordan", "Spain",
    /// "French", "German"), as the platform's culture data (CLDR) names them: one word each, not read from any archive.
    /// </summary>
    public static bool NamesCountryOrLanguage(string word) => CountriesAndLanguages.Value.Contains(word);

    private static readonly Lazy<HashSet<string>> CountriesAndLanguages = new(() =>
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.AllCultures))
        {
            if (culture.IsNeutralCulture)
            {
                names.Add(culture.EnglishName);
            }
            else if (culture.Name.Length > 0)
            {
                try
                {
                    names.Add(new RegionInfo(culture.Name).EnglishName);
                }
                catch (ArgumentException)
                {
                    // A culture without a region of its own.
                }
            }
        }
        names.RemoveWhere(n => n.Contains(' ', StringComparison.Ordinal) || n.Contains('(', StringComparison.Ordinal));
        return names;
    });

    private static HashSet<string> BuildNeverNames()
    {
        string[] words =
        [
            "Party", "Parties", "Committee", "Central", "Communist", "Democratic", "Soviet", "Soviets", "Union", "Secretary", "Congress",
            "Ministry", "Minister", "Department", "Government", "Republic", "Council", "General", "Doctor", "Comrade", "President",
            "Premier", "Chairman", "Embassy", "Letter", "Telegram", "State", "States", "United", "National", "People", "Army", "Navy",
            "Affairs", "Foreign", "Bureau", "Presidium", "Politburo", "Conference", "Assembly", "Treaty", "Agreement", "Memorandum",
            "Dear", "First", "Second", "Third", "Page", "Sheet", "Note", "January", "February", "March", "April", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "God", "Sir", "Madam", "Mister", "Excellency", "Majesty", "Highness", "Cde", "Regards", "Sincerely",
            "Партия", "Комитет", "Центральный", "Коммунистическая", "Совет", "Союз", "Секретарь", "Съезд", "Министерство", "Министр",
            "Правительство", "Республика", "Товарищ", "Генерал", "Доктор", "Президент", "Письмо", "Телеграмма", "Государство",
            "Народ", "Армия", "Уважаемый", "Дорогой", "Первый", "Президиум", "Политбюро", "Бюро", "Отдел", "Совещание", "Конференция",
        ];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            keys.Add(NameForms.Keys(word)[0]);
        }
        return keys;
    }
}
