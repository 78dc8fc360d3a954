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
/// Exonyms are out of reach of any rule (Каир for Cairo, Вена for Vienna, Мюнхен for Munich): <see cref="Exonyms"/> holds
/// them. Russian writes no letter for an English th or a silent h after a vowel: т is also th (Смит, Smith; Артур,
/// Arthur), о and е before a consonant also oh and eh (Джонсон, Johnson; Неру, Nehru), a final а also ah (Ханна, Hannah),
/// a final consonant also with a silent e (Лодж, Lodge; Брюс, Bruce), and к is also c (Кларенс, Clarence). Other silent
/// letters are not given back (Ганди for Gandhi). Spellings English names alone use (и as ee or ea, ей and э as ai, о
/// before л as a or au, an initial у as wh, мак as mc: Грин, Green; Хейг, Haig; Болл, Ball; Уайт, White; Маккоун,
/// McCone) make forms that are not the word as typed, as a silent e does.
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
    /// (Эйзенхауэра, Эйзенхауэр), each saying whether it spells the word as typed; none for other words. A nominative read
    /// into a common word makes English words too (слова as слов, "slow"; страна as стран, "strung"), and so does a silent
    /// e after the final consonant (Райс as rice, and rise): neither spells the word as typed, and the query side takes
    /// them only where they are known names.
    /// </summary>
    public static IReadOnlyList<(string Form, bool AsTyped)> Of(string typed)
    {
        if (Word(typed) is not { } word)
        {
            return [];
        }
        var forms = new List<(string Form, bool AsTyped)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Each reading (the word, its nominatives) has its share of the forms: a long name's forms as typed would leave
        // its nominative none (Эйзенхауэра, Эйзенхауэр).
        var readings = Readings(word).ToList();
        foreach (var reading in readings)
        {
            var asTyped = ReferenceEquals(reading, word);
            var finalConsonant = IsConsonant(reading[^1]);
            foreach (var (form, usual) in FormsOf(reading, MaxForms / readings.Count))
            {
                if (seen.Add(form))
                {
                    // A silent e added after the final consonant makes English words as well (Райс: rice, and rise), and so
                    // do the spellings English names alone use (лист as "least").
                    forms.Add((form, asTyped && usual && !(finalConsonant && form.EndsWith('e'))));
                }
            }
        }
        return forms;
    }

    /// <summary>
    /// Whether <paramref name="latin"/> (lower case) is one of the forms of the Cyrillic word <paramref name="cyrillic"/>:
    /// the other way round, for a Latin query word and the Cyrillic words of the archive (Eisenhower, Эйзенхауэру). Every
    /// combination is tried, without <see cref="MaxForms"/>.
    /// </summary>
    public static bool Transcribes(string cyrillic, string latin)
    {
        if (Word(cyrillic) is not { } word)
        {
            return false;
        }
        foreach (var reading in Readings(word))
        {
            if (Spells(reading, latin))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The Cyrillic letters a word may start with when it transcribes a Latin word starting with <paramref name="latin"/>.</summary>
    public static string StartsFor(char latin) => Starts.GetValueOrDefault(latin, "");

    private static readonly Dictionary<char, string> Starts = StartingLetters();

    private static Dictionary<char, string> StartingLetters()
    {
        var starts = new Dictionary<char, SortedSet<char>>();
        foreach (var letter in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
        {
            foreach (var follower in "абжсйоуюя")
            {
                foreach (var option in Options(string.Concat(letter, follower, "а"), 0).Options)
                {
                    if (option.Length > 0)
                    {
                        (starts.TryGetValue(option[0], out var letters) ? letters : starts[option[0]] = []).Add(letter);
                    }
                }
            }
        }
        return starts.ToDictionary(s => s.Key, s => string.Concat(s.Value));
    }

    /// <summary>Whether <paramref name="c"/> is a lower-case letter of the Russian alphabet, the letters the table reads.</summary>
    public static bool IsLetter(char c) => c is >= 'а' and <= 'я' or 'ё';

    /// <summary>Whether <paramref name="word"/> holds a letter of the Russian alphabet, in either case.</summary>
    public static bool HasLetter(string word) => word.Any(c => IsLetter(char.ToLowerInvariant(c)));

    /// <summary>The word in lower case, if it is a Cyrillic word long enough to transcribe a name.</summary>
    private static string? Word(string typed)
    {
        if (typed.Length < MinimumLetters)
        {
            return null;
        }
        var lower = true;
        foreach (var c in typed)
        {
            if (!IsLetter(c))
            {
                if (!IsLetter(char.ToLowerInvariant(c)))
                {
                    return null;
                }
                lower = false;
            }
        }
        return lower ? typed : typed.ToLowerInvariant();
    }

    /// <summary>The word, then its nominative for each case ending it may have.</summary>
    private static IEnumerable<string> Readings(string word)
    {
        yield return word;
        foreach (var (ending, nominative) in CaseEndings)
        {
            if (word.Length - ending.Length >= MinimumLetters && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length] + nominative;
            }
        }
    }

    /// <summary>Whether some combination of the letters' spellings of <paramref name="word"/> is <paramref name="latin"/>.</summary>
    private static bool Spells(string word, string latin)
    {
        var states = (word.Length + 1) * (latin.Length + 1);
        Span<bool> tried = states <= 1024 ? stackalloc bool[states] : new bool[states];
        return Spells(word, 0, latin, 0, tried);
    }

    private static bool Spells(string word, int letter, string latin, int at, Span<bool> tried)
    {
        if (letter == word.Length)
        {
            return at == latin.Length;
        }
        ref var state = ref tried[letter * (latin.Length + 1) + at];
        if (state)
        {
            return false;
        }
        state = true;
        var (options, length) = Options(word, letter);
        foreach (var option in options)
        {
            if (latin.AsSpan(at).StartsWith(option, StringComparison.Ordinal) && Spells(word, letter + length, latin, at + option.Length, tried))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Every combination of the letters' spellings, the later letters' usual spellings, then their first, only once
    /// <paramref name="budget"/> forms are reached; each says whether it uses only usual spellings, none that English names alone use
    /// (<see cref="Spelling.NamesOnlyFrom"/>).
    /// </summary>
    private static List<(string Form, bool Usual)> FormsOf(string word, int budget)
    {
        var forms = new List<(string Form, bool Usual)> { ("", true) };
        for (var i = 0; i < word.Length;)
        {
            var (options, length) = Options(word, i);
            i += length;
            var namesOnly = Spelling.NamesOnlyFrom.GetValueOrDefault(options, options.Length);
            if (forms.Count * options.Length > budget)
            {
                // Over the budget, the usual spellings, then the first.
                options = forms.Count * namesOnly <= budget ? options[..namesOnly] : options[..1];
            }
            var next = new List<(string, bool)>(forms.Count * options.Length);
            foreach (var (form, usual) in forms)
            {
                for (var o = 0; o < options.Length; o++)
                {
                    next.Add((form + options[o], usual && o < namesOnly));
                }
            }
            forms = next;
        }
        return forms;
    }

    /// <summary>
    /// The spellings of the letter or letter group at <paramref name="i"/>, the first the usual one, and how many letters it
    /// takes; a final consonant's also with the silent e Russian writes no letter for (Лодж, Lodge; Райс, Rice; Лейн, Lane).
    /// </summary>
    private static (string[] Options, int Length) Options(string word, int i)
    {
        var (options, length) = LetterOptions(word, i);
        return i + length == word.Length && IsConsonant(word[^1]) && Spelling.WithFinalE.TryGetValue(options, out var withE) ? (withE, length) : (options, length);
    }

    private static (string[] Options, int Length) LetterOptions(string word, int i)
    {
        var c = word[i];
        var next = i + 1 < word.Length ? word[i + 1] : '\0';
        var start = i == 0;
        var end = i == word.Length - 1;
        var afterVowel = i > 0 && IsVowel(word[i - 1]);
        var betweenVowels = afterVowel && IsVowel(next);
        if (start && word.Length > 4 && word.StartsWith("мак", StringComparison.Ordinal))
        {
            return (Spelling.Mac, 3);
        }
        switch (c, next)
        {
            case ('д', 'ж'):
                return (Spelling.Dzh, 2);
            case ('т', 'ц'):
                return (Spelling.Tz, 2);
            case ('к', 'с'):
                return (Spelling.Ks, 2);
            case ('а', 'у'):
                return (Spelling.Au, 2);
            case ('о', 'у'):
                return (Spelling.Ou, 2);
            case ('у', 'о') when start || afterVowel:
                return (Spelling.Uo, 2);
            case ('а', 'й'):
                return (Spelling.Ai, 2);
            case ('е', 'й') or ('э', 'й'):
                return (Spelling.Ei, 2);
            case ('о', 'й'):
                return (Spelling.Oi, 2);
            case ('у', 'й'):
                return (Spelling.Ui, 2);
            case ('и', 'й') when i + 2 == word.Length:
                return (Spelling.Iy, 2);
            case ('ь', 'ю'):
                return (Spelling.Yu, 2);
            case ('и', 'я'):
                return (Spelling.Iya, 2);
        }
        var options = c switch
        {
            'а' => start ? Spelling.A : end ? Spelling.FinalA : Spelling.AOrU,
            'в' => Spelling.V,
            'г' => Spelling.G,
            'е' => IsConsonant(next) ? Spelling.EBeforeConsonant : Spelling.E,
            'ё' => Spelling.Yo,
            'ж' => Spelling.Zh,
            'з' => Spelling.Z,
            'и' when end => Spelling.FinalI,
            'и' when IsVowel(next) => Spelling.IBeforeVowel,
            'и' => Spelling.I,
            'й' => Spelling.Short,
            'к' => afterVowel ? Spelling.KAfterVowel : Spelling.K,
            'н' when end && afterVowel => Spelling.FinalN,
            'о' when next == 'л' => Spelling.OBeforeL,
            'о' => IsConsonant(next) ? Spelling.OBeforeConsonant : Spelling.O,
            'с' when next is 'е' or 'и' or 'э' or 'ы' => betweenVowels ? Spelling.SoftSBetweenVowels : Spelling.SoftS,
            'у' when start && IsVowel(next) => Spelling.InitialUBeforeVowel,
            'у' when afterVowel && IsVowel(next) => Spelling.UBeforeVowel,
            'у' => Spelling.U,
            'ф' => Spelling.F,
            'х' => Spelling.Kh,
            'ц' => Spelling.Ts,
            'ч' => Spelling.Ch,
            'ш' => Spelling.Sh,
            'щ' => Spelling.Shch,
            'ъ' or 'ь' => Spelling.Silent,
            'ы' => Spelling.Y,
            'э' => start ? Spelling.InitialE : Spelling.Ae,
            'ю' => Spelling.Yu1,
            'я' => start ? Spelling.InitialYa : Spelling.Ya,
            _ => Spelling.Consonant(c, betweenVowels),
        };
        return (options, 1);
    }

    /// <summary>The spellings of each letter and letter group, made once (a Latin query word is tried against many Cyrillic terms).</summary>
    private static class Spelling
    {
        public static readonly string[] Dzh = ["dzh", "j", "g"];
        public static readonly string[] Mac = ["mak", "mac", "mc"];
        public static readonly string[] Tz = ["ts", "tts", "tz"];
        public static readonly string[] Ks = ["ks", "x"];
        public static readonly string[] Au = ["au", "ow"];
        public static readonly string[] Ou = ["ou", "ow", "o"];
        public static readonly string[] Uo = ["uo", "wa", "wo"];
        public static readonly string[] Ai = ["ay", "ai", "i"];
        public static readonly string[] Ei = ["ey", "ei", "ay", "ai"];
        public static readonly string[] Oi = ["oy", "oi"];
        public static readonly string[] Ui = ["uy", "ui"];
        public static readonly string[] Iy = ["iy", "y", "i"];
        public static readonly string[] Yu = ["yu", "ew", "u"];
        public static readonly string[] Iya = ["iya", "ia", "ya"];
        public static readonly string[] A = ["a"];
        public static readonly string[] AOrU = ["a", "u"];
        public static readonly string[] FinalA = ["a", "u", "ah"];
        public static readonly string[] V = ["v", "w"];
        public static readonly string[] G = ["g", "h"];
        public static readonly string[] E = ["e"];
        public static readonly string[] EBeforeConsonant = ["e", "eh"];
        public static readonly string[] Yo = ["yo", "o", "e"];
        public static readonly string[] Zh = ["zh", "j", "g"];
        public static readonly string[] Z = ["z", "s"];
        public static readonly string[] FinalI = ["i", "y", "ey", "ie"];
        public static readonly string[] IBeforeVowel = ["i", "y"];
        public static readonly string[] I = ["i", "ee", "ea"];
        public static readonly string[] Short = ["y", "i"];
        public static readonly string[] K = ["k", "c"];
        public static readonly string[] KAfterVowel = ["k", "ck", "c"];
        public static readonly string[] FinalN = ["n", "ng"];
        public static readonly string[] O = ["o"];
        public static readonly string[] OBeforeConsonant = ["o", "oh"];
        public static readonly string[] OBeforeL = ["o", "oh", "a", "au"];
        public static readonly string[] SoftS = ["s", "c"];
        public static readonly string[] SoftSBetweenVowels = ["s", "ss", "c"];
        public static readonly string[] UBeforeVowel = ["u", "w"];
        public static readonly string[] InitialUBeforeVowel = ["u", "w", "wh"];
        public static readonly string[] U = ["u", "oo"];
        public static readonly string[] F = ["f", "ph"];
        public static readonly string[] Kh = ["kh", "h"];
        public static readonly string[] Ts = ["ts", "tz", "c"];
        public static readonly string[] Ch = ["ch"];
        public static readonly string[] Sh = ["sh"];
        public static readonly string[] Shch = ["shch"];
        public static readonly string[] Silent = [""];
        public static readonly string[] Y = ["y", "i"];
        public static readonly string[] InitialE = ["e", "a"];
        public static readonly string[] Ae = ["e", "a", "u", "ai"];
        public static readonly string[] Yu1 = ["yu", "u"];
        public static readonly string[] InitialYa = ["ya"];
        public static readonly string[] Ya = ["ya", "ia", "a"];

        /// <summary>
        /// Where a letter's spellings that English names alone use begin: и as ee or ea (Грин, Green; Рид, Reid), ей and э
        /// as ai (Хейг, Haig; Лэрд, Laird), о before л as a or au (Болл, Ball; Пол, Paul), у as wh (Уайт, White), мак as mc
        /// (Маккоун, McCone). A form using one is no word as typed: лист read so is "least". The query side takes it only
        /// where it is a known name's word, as a form with a silent e.
        /// </summary>
        public static readonly Dictionary<string[], int> NamesOnlyFrom = new(ReferenceEqualityComparer.Instance)
        {
            [Ei] = 3,
            [I] = 1,
            [OBeforeL] = 2,
            [InitialUBeforeVowel] = 2,
            [Ae] = 3,
            [Mac] = 2,
        };

        /// <summary>A consonant written as its Latin letter, and doubled as well between vowels (Насер, Nasser).</summary>
        private static readonly Dictionary<char, (string[] Single, string[] Doubled)> Consonants = new()
        {
            ['б'] = (["b"], ["b", "bb"]),
            ['д'] = (["d"], ["d", "dd"]),
            ['л'] = (["l"], ["l", "ll"]),
            ['м'] = (["m"], ["m", "mm"]),
            ['н'] = (["n"], ["n", "nn"]),
            ['п'] = (["p"], ["p", "pp"]),
            ['р'] = (["r"], ["r", "rr"]),
            ['с'] = (["s"], ["s", "ss"]),
            ['т'] = (["t", "th"], ["t", "tt", "th"]),
        };

        public static string[] Consonant(char c, bool betweenVowels) =>
            Consonants.TryGetValue(c, out var spellings) ? (betweenVowels ? spellings.Doubled : spellings.Single) : [c.ToString()];

        /// <summary>
        /// Each final consonant's spellings, then each with a silent e, and the endings English writes for its sound
        /// with one: с as -ce (Rice, Bruce), дж as -dge (Lodge).
        /// </summary>
        public static readonly Dictionary<string[], string[]> WithFinalE = FinalSpellings();

        private static Dictionary<string[], string[]> FinalSpellings()
        {
            string[][] finals = [Dzh, Ks, V, G, Zh, Z, K, KAfterVowel, FinalN, F, Kh, Ts, Ch, Sh, Shch, .. Consonants.Values.SelectMany(v => new[] { v.Single, v.Doubled })];
            var withE = new Dictionary<string[], string[]>(ReferenceEqualityComparer.Instance);
            foreach (var spellings in finals)
            {
                string[] english = ReferenceEquals(spellings, Dzh) ? ["dge"] : ReferenceEquals(spellings, Consonants['с'].Single) ? ["ce"] : [];
                withE.TryAdd(spellings, [.. spellings, .. spellings.Select(s => s + "e"), .. english]);
            }
            return withE;
        }
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static bool IsConsonant(char c) => IsLetter(c) && !IsVowel(c) && c is not ('й' or 'ь' or 'ъ');
}
