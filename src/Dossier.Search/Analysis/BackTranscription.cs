namespace Dossier.Search.Analysis;

/// <summary>
/// The spellings a foreign name written in Russian may have had in the Latin script: Russian practical transcription
/// read backwards. Russian writes English and other foreign names by sound, so the romanization standards do not give
/// the name back: Эйзенхауэр romanizes as eyzenkhauer, not Eisenhower; Тегеран as tegeran (Russian writes h as г),
/// Женева as zheneva (g as ж), Уилсон as uilson (w as у), Даллес as dalles (the u of Dulles as а), Пекин as pekin
/// (-ng as н). Each letter is given the Latin spellings it stands for in such transcriptions, and a word's forms are
/// every combination (at most <see cref="MaxForms"/> in all). Most forms are not words: the query side keeps those the archive
/// holds (QueryContext), so the rules can be generous without finding anything that is not written so.
/// </summary>
/// <remarks>
/// Exonyms are out of reach of any rule (Каир for Cairo, Вена for Vienna, Мюнхен for Munich), and so are silent letters
/// that Russian leaves out (Джонсон for Johnson, Неру for Nehru); the authority records are the place for those.
/// </remarks>
public static class BackTranscription
{
    /// <summary>Shorter words are left alone: their forms meet too many short English words.</summary>
    public const int MinimumLetters = 4;

    public const int MaxForms = 512;

    private const string Vowels = "аеёиоуыэюя";

    /// <summary>
    /// Case endings a foreign name takes in Russian, and the nominative's in their place: a name ending in a consonant
    /// (Тегерана, Эйзенхауэру, Даллесом, Хрущевым), and one in -а (Женевы, Женеве, Гавану, Гаваной).
    /// </summary>
    private static readonly (string Ending, string Nominative)[] CaseEndings =
    [
        ("а", ""), ("у", ""), ("е", ""), ("ом", ""), ("ем", ""), ("ым", ""),
        ("ы", "а"), ("е", "а"), ("у", "а"), ("ой", "а"),
    ];

    /// <summary>
    /// The Latin forms of a Cyrillic word (lower case, ASCII), and of its nominative where it may stand in another case
    /// (Эйзенхауэра, Эйзенхауэр); none for other words.
    /// </summary>
    public static IReadOnlyList<string> Of(string typed)
    {
        if (typed.Length < MinimumLetters)
        {
            return [];
        }
        var word = typed.ToLowerInvariant();
        foreach (var c in word)
        {
            if (c is < 'а' or > 'я' and not 'ё')
            {
                return [];
            }
        }
        var forms = FormsOf(word, MaxForms);
        foreach (var (ending, nominative) in CaseEndings)
        {
            if (forms.Count < MaxForms && word.Length - ending.Length >= MinimumLetters && word.EndsWith(ending, StringComparison.Ordinal))
            {
                forms.AddRange(FormsOf(word[..^ending.Length] + nominative, MaxForms - forms.Count));
            }
        }
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every combination of the letters' spellings, the later letters' first spellings only once <paramref name="budget"/> forms are reached.</summary>
    private static List<string> FormsOf(string word, int budget)
    {
        var forms = new List<string> { "" };
        for (var i = 0; i < word.Length;)
        {
            var (options, length) = Options(word, i);
            i += length;
            if (forms.Count * options.Length > budget)
            {
                options = options[..1];
            }
            var next = new List<string>(forms.Count * options.Length);
            foreach (var form in forms)
            {
                foreach (var option in options)
                {
                    next.Add(form + option);
                }
            }
            forms = next;
        }
        return forms;
    }

    /// <summary>The spellings of the letter or letter group at <paramref name="i"/>, the first the usual one, and how many letters it takes.</summary>
    private static (string[] Options, int Length) Options(string word, int i)
    {
        var c = word[i];
        var next = i + 1 < word.Length ? word[i + 1] : '\0';
        var start = i == 0;
        var end = i == word.Length - 1;
        var afterVowel = i > 0 && IsVowel(word[i - 1]);
        var betweenVowels = afterVowel && IsVowel(next);
        switch (c, next)
        {
            case ('д', 'ж'):
                return (["dzh", "j", "g"], 2);
            case ('к', 'с'):
                return (["ks", "x"], 2);
            case ('а', 'у'):
                return (["au", "ow"], 2);
            case ('о', 'у'):
                return (["ou", "ow", "o"], 2);
            case ('у', 'о') when start || afterVowel:
                return (["uo", "wa", "wo"], 2);
            case ('а', 'й'):
                return (["ay", "ai", "i"], 2);
            case ('е', 'й') or ('э', 'й'):
                return (["ey", "ei", "ay"], 2);
            case ('о', 'й'):
                return (["oy", "oi"], 2);
            case ('у', 'й'):
                return (["uy", "ui"], 2);
            case ('и', 'й') when i + 2 == word.Length:
                return (["iy", "y", "i"], 2);
            case ('ь', 'ю'):
                return (["yu", "ew", "u"], 2);
            case ('и', 'я'):
                return (["iya", "ia", "ya"], 2);
        }
        string[] options = c switch
        {
            'а' => start ? ["a"] : ["a", "u"],
            'б' => Doubled("b", betweenVowels),
            'в' => ["v", "w"],
            'г' => ["g", "h"],
            'д' => Doubled("d", betweenVowels),
            'е' => ["e"],
            'ё' => ["yo", "o", "e"],
            'ж' => ["zh", "j", "g"],
            'з' => ["z", "s"],
            'и' when end => ["i", "y", "ey", "ie"],
            'и' when IsVowel(next) => ["i", "y"],
            'и' => ["i"],
            'й' => ["y", "i"],
            'к' => afterVowel ? ["k", "ck"] : ["k"],
            'л' => Doubled("l", betweenVowels),
            'м' => Doubled("m", betweenVowels),
            'н' when end && afterVowel => ["n", "ng"],
            'н' => Doubled("n", betweenVowels),
            'о' => ["o"],
            'п' => Doubled("p", betweenVowels),
            'р' => Doubled("r", betweenVowels),
            'с' when next is 'е' or 'и' or 'э' or 'ы' => betweenVowels ? ["s", "ss", "c"] : ["s", "c"],
            'с' => Doubled("s", betweenVowels),
            'т' => Doubled("t", betweenVowels),
            'у' when (start || afterVowel) && IsVowel(next) => ["u", "w"],
            'у' => ["u", "oo"],
            'ф' => ["f", "ph"],
            'х' => ["kh", "h"],
            'ц' => ["ts", "tz", "c"],
            'ч' => ["ch"],
            'ш' => ["sh"],
            'щ' => ["shch"],
            'ъ' or 'ь' => [""],
            'ы' => ["y", "i"],
            'э' => start ? ["e", "a"] : ["e", "a", "u"],
            'ю' => ["yu", "u"],
            'я' => start ? ["ya"] : ["ya", "ia", "a"],
            _ => [c.ToString()],
        };
        return (options, 1);
    }

    private static string[] Doubled(string letter, bool betweenVowels) => betweenVowels ? [letter, letter + letter] : [letter];

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
