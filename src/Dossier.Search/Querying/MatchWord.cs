using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// One query word as each field sees it. The query is built from it, and snippets and "why" test a
/// document's own terms against it, so highlighting agrees with matching. The word's language is unknown, so
/// each stem field sees it in that field's language, and latn/key collect the forms of every query language.
/// </summary>
internal sealed class MatchWord
{
    /// <summary>Share of a word's OCR trigrams a garbled word must have.</summary>
    public const double OcrGramShare = 0.6;

    /// <summary>
    /// Skeleton keys only from this many letters: shorter words share keys with too many others
    /// ("партии" and "party"), so a key match would be the sole, wrong reason for a hit.
    /// </summary>
    public const int KeyMinimumLetters = 6;

    /// <summary>Skeleton keys shorter than this (consonant classes plus the first vowel class) are not used.</summary>
    public const int KeyMinimumClasses = 5;

    private static readonly string EnglishStems = SearchFields.Stem("en");

    /// <param name="typed">The word as the query gives it.</param>
    /// <param name="prefix">Whether it was typed as a prefix ("Khrush*").</param>
    /// <param name="fuzzy">Whether typing errors may match it.</param>
    /// <param name="ocr">Whether the searched index holds OCR text: without it the word is not analysed for the ocr field
    /// and makes no OCR clause. On the 100 FRUS volumes, which hold none, that analysis (its n-grams) was over half of a
    /// word's and a quarter of building the query, in a profile of the document page with <c>?q=</c>.</param>
    public MatchWord(string typed, bool prefix, bool fuzzy, bool ocr = true)
    {
        Typed = typed;
        Prefix = prefix;
        Ocr = ocr;
        Exact = [.. IndexAnalysis.Terms(SearchFields.Exact, typed)];
        foreach (var field in IndexAnalysis.StemFieldsOf(typed))
        {
            var stems = IndexAnalysis.Terms(field, typed, IndexAnalysis.LanguageOfStemField(field));
            if (stems.Count > 0)
            {
                Stems[field] = [.. stems];
            }
        }
        var ocrTerms = new List<string>();
        foreach (var language in IndexAnalysis.QueryLanguagesOf(typed))
        {
            var latin = IndexAnalysis.Terms(SearchFields.Latin, typed, language);
            FuzzyTerm ??= latin.FirstOrDefault();
            Latin.UnionWith(latin);
            Keys.UnionWith(IndexAnalysis.Terms(SearchFields.Key, typed, language));
            if (Ocr)
            {
                ocrTerms.AddRange(IndexAnalysis.Terms(SearchFields.Ocr, typed, language));
            }
        }
        OcrWords = [.. ocrTerms.Where(t => Latin.Contains(t))];
        OcrGrams = [.. ocrTerms.Where(t => !Latin.Contains(t)).Distinct(StringComparer.Ordinal)];
        if (prefix || FuzzyTerm is null || FuzzyTerm.Length < KeyMinimumLetters)
        {
            Keys.Clear();
        }

        // A skeleton of three or four classes (Corrias, course: KORS; Beria, Berry, Bayar: BAR) is shared by too many
        // unrelated words to stand for a spelling of the typed one.
        Keys.RemoveWhere(k => k.Length < KeyMinimumClasses);
        if (prefix)
        {
            OcrGrams.Clear();
        }
        Edits = !fuzzy || prefix || FuzzyTerm is null ? 0 : FuzzyTerm.Length switch
        {
            < 6 => 0,
            < 8 => 1,
            _ => 2,
        };
    }

    public string Typed { get; }

    public bool Prefix { get; }

    /// <summary>Whether the word was analysed for the ocr field, because the searched index holds OCR text.</summary>
    public bool Ocr { get; }

    public HashSet<string> Exact { get; }

    /// <summary>Stem field to the word's terms in it.</summary>
    public Dictionary<string, HashSet<string>> Stems { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Latin { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Latn terms standing for the word's skeleton key when the key was dropped (<see cref="DropKeys"/>): matched as variant spellings.</summary>
    public HashSet<string> KeySpellings { get; } = new(StringComparer.Ordinal);

    /// <summary>The latn terms of the word's class when it has no key: its romanized forms and the spellings standing for its key.</summary>
    public IEnumerable<string> LatinClass => KeySpellings.Count == 0 ? Latin : Latin.Concat(KeySpellings);

    /// <summary>Whole-word terms of the ocr field.</summary>
    public HashSet<string> OcrWords { get; }

    /// <summary>Character n-grams of the ocr field, when its analysis makes them.</summary>
    public List<string> OcrGrams { get; }

    public int OcrGramsRequired => Math.Max(1, (int)Math.Ceiling(OcrGrams.Count * OcrGramShare));

    /// <summary>The romanized form fuzzy matching starts from.</summary>
    public string? FuzzyTerm { get; }

    /// <summary>Edits allowed on the romanized form: none up to five letters (one edit from a five-letter word is mostly another word: party, parti), one for mid-length, two from eight letters.</summary>
    public int Edits { get; private set; }

    /// <summary>
    /// Latn terms within the edits of <see cref="FuzzyTerm"/> that the archive holds in more records than the word as typed
    /// and that are other words, not spellings of this one ("consideration" for "Confederation", "plans" for "planks"),
    /// which fuzzy matching leaves out (see QueryContext's rule).
    /// </summary>
    public HashSet<string> FarVariants { get; } = new(StringComparer.Ordinal);

    /// <summary>Other spellings of this name in authority records (latn terms) to the authority's preferred name.</summary>
    public Dictionary<string, string> AuthorityTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the name spellings an authority record gives for this word.</summary>
    public void ExpandNames(IEnumerable<(string Term, string Authority)> expansions)
    {
        foreach (var (term, authority) in expansions)
        {
            if (!Latin.Contains(term))
            {
                AuthorityTerms.TryAdd(term, authority);
            }
        }
    }

    /// <summary>
    /// For a known person's or place's name word: its English stem only where the stem is the word as written. Porter
    /// reads a name as an English word with a suffix (Harding as hard, Hastings as hast, Downing as down, Kennedy as
    /// kennedi), and the stem was the sole reason for most of what the name found: Harding found 3,378 FRUS records,
    /// most for "hard". The name's other spellings, its possessive (the romanized field drops 's) and its typing errors
    /// still match.
    /// </summary>
    public void KeepNameStems()
    {
        if (Stems.TryGetValue(EnglishStems, out var english))
        {
            english.RemoveWhere(stem => !Exact.Contains(stem));
            if (english.Count == 0)
            {
                Stems.Remove(EnglishStems);
            }
        }
    }

    /// <summary>
    /// Adds the Latin spellings of this word, typed in Cyrillic, that the archive writes (latn terms: Тегеран, teheran;
    /// read by <see cref="Analysis.BackTranscription"/>), matched as romanized forms of the word, with their skeleton keys.
    /// Without <paramref name="keepKeys"/> the keys of the word's own romanizations go: none of those is written in the
    /// archive, and their sound is another word's (Гарриман romanizes as garriman, whose key is Germany's).
    /// </summary>
    public void AddTranscriptions(IEnumerable<string> terms, bool keepKeys)
    {
        if (!keepKeys)
        {
            Keys.Clear();
        }
        foreach (var term in terms)
        {
            Latin.Add(term);
            if (!Prefix && term.Length >= KeyMinimumLetters)
            {
                Keys.UnionWith(IndexAnalysis.Terms(SearchFields.Key, term).Where(k => k.Length >= KeyMinimumClasses));
            }
        }
    }

    /// <summary>The latn terms of the place's names in the other language (<see cref="Analysis.Exonyms"/>: Egypt for Египет, Египте for Egypt), among <see cref="Latin"/>.</summary>
    public HashSet<string> OtherNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds the latn terms of the place's names in the other language that the archive holds (Египет: egypt), matched as
    /// romanized forms of the word, without skeleton keys: the name as the other language writes it, not its variants.
    /// Without <paramref name="keepKeys"/> the keys of the word's own romanizations go, as in <see cref="AddTranscriptions"/>.
    /// </summary>
    public void AddOtherNames(IEnumerable<string> terms, bool keepKeys)
    {
        if (!keepKeys)
        {
            Keys.Clear();
        }
        foreach (var term in terms)
        {
            if (Latin.Add(term))
            {
                OtherNames.Add(term);
            }
        }
    }

    /// <summary>
    /// The place's names of several words in the other language (США: "United States"; ООН: "United Nations"; USSR:
    /// "Советский Союз"), each as its words in order, each word the latn terms of its forms: a record matches where one
    /// form of each word stands beside the next.
    /// </summary>
    public List<string[][]> OtherPhrases { get; } = [];

    /// <summary>Adds names of several words in the other language (<see cref="OtherPhrases"/>), as <see cref="AddOtherNames"/> adds names of one.</summary>
    public void AddOtherPhrases(IEnumerable<string[][]> phrases, bool keepKeys)
    {
        if (!keepKeys)
        {
            Keys.Clear();
        }
        foreach (var phrase in phrases)
        {
            if (!OtherPhrases.Exists(known => known.Length == phrase.Length && known.Zip(phrase).All(p => p.First.AsSpan().SequenceEqual(p.Second))))
            {
                OtherPhrases.Add(phrase);
            }
        }
    }

    /// <summary>Whether a name whose latn terms <paramref name="latin"/> tells holds one of <see cref="OtherPhrases"/> whole (a form of each of its words, in any order: a name is short).</summary>
    public bool HoldsOtherPhrase(Func<string, bool> latin) => OtherPhrases.Exists(phrase => Array.TrueForAll(phrase, forms => Array.Exists(forms, form => latin(form))));

    /// <summary>
    /// A place's name typed as several words (Soviet Union, Советский Союз, Нью-Йорк) as its names in the other language
    /// match it: the typed words are words of their own, and this stands for the name as a whole. It matches only the
    /// other names given, by <see cref="AddOtherNames"/> and <see cref="AddOtherPhrases"/>.
    /// </summary>
    public static MatchWord PlaceName(string typed) => new(typed);

    private MatchWord(string typed)
    {
        Typed = typed;
        Exact = [];
        OcrWords = [];
        OcrGrams = [];
    }

    /// <summary>
    /// Adds Cyrillic words of the archive that transcribe this Latin word (their latn terms: Эйзенхауэру, eyzenkhaueru) to
    /// the word's class only: their skeleton keys, or the terms themselves when the word has no key. They match as
    /// spellings of the word and take no bonus of its romanized forms, so a variant typed (Khrushchew) that Russian
    /// writes as it writes the word (Хрущеву) never ranks their records above where the word as written ranks them.
    /// </summary>
    public void AddToClass(IEnumerable<string> terms)
    {
        var keyed = Keys.Count > 0;
        foreach (var term in terms)
        {
            if (keyed)
            {
                Keys.UnionWith(IndexAnalysis.Terms(SearchFields.Key, term).Where(k => k.Length >= KeyMinimumClasses));
            }
            else if (!Latin.Contains(term))
            {
                KeySpellings.Add(term);
            }
        }
    }

    /// <summary>
    /// For a word whose skeleton key holds mostly other words (see QueryContext): the word is matched by its known
    /// spellings with that key (<paramref name="spellings"/>, latn terms) instead of the key.
    /// </summary>
    public void DropKeys(IEnumerable<string> spellings)
    {
        Keys.Clear();
        KeySpellings.UnionWith(spellings);
    }

    /// <summary>Drops the word's romanized forms <paramref name="ordinary"/> tells (see QueryContext's rule for a Cyrillic word's romanization that Latin text writes as an ordinary word).</summary>
    public void DropRomanizations(Predicate<string> ordinary) => Latin.RemoveWhere(ordinary);

    /// <summary>
    /// For a word the corpus has many times as written: fuzzy and OCR n-grams would only add noise (and scan long
    /// postings). The skeleton key stays: it is the word's class, which its rarer spellings score by too.
    /// </summary>
    public void DropLooseMatches()
    {
        OcrGrams.Clear();
        Edits = 0;
        FarVariants.Clear();
    }

    /// <summary>The authority whose record gives <paramref name="surface"/> as a spelling of this word.</summary>
    public string? AuthorityOf(string surface)
    {
        foreach (var language in IndexAnalysis.QueryLanguagesOf(surface))
        {
            foreach (var term in IndexAnalysis.Terms(SearchFields.Latin, surface, language))
            {
                if (AuthorityTerms.TryGetValue(term, out var authority))
                {
                    return authority;
                }
            }
        }
        return AuthorityTerms.Values.FirstOrDefault();
    }

    public bool IsEmpty => Exact.Count == 0;

    /// <summary>The terms of <paramref name="field"/> this word is looked up by exactly.</summary>
    public IEnumerable<string> Candidates(string field) => field switch
    {
        SearchFields.Exact => Exact,
        SearchFields.Latin => AuthorityTerms.Count == 0 ? LatinClass : LatinClass.Concat(AuthorityTerms.Keys),
        SearchFields.Ocr => OcrWords,
        SearchFields.Key => Keys,
        _ => Stems.TryGetValue(field, out var stems) ? stems : [],
    };

    /// <summary>How a whole-word document term of <paramref name="field"/> matches this word, or null.</summary>
    public MatchKind? Match(string field, string term)
    {
        switch (field)
        {
            case SearchFields.Exact:
                return (Prefix ? Exact.Any(e => term.StartsWith(e, StringComparison.Ordinal)) : Exact.Contains(term)) ? MatchKind.Exact : null;
            case SearchFields.Latin:
            case SearchFields.Ocr:
                var kind = string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal) ? MatchKind.Ocr : MatchKind.Latin;
                if (Prefix ? Latin.Any(l => term.StartsWith(l, StringComparison.Ordinal)) : Latin.Contains(term))
                {
                    return kind == MatchKind.Latin && OtherNames.Contains(term) ? MatchKind.OtherName : kind;
                }
                if (kind == MatchKind.Latin && !Prefix && AuthorityTerms.ContainsKey(term))
                {
                    return MatchKind.Authority;
                }
                if (kind == MatchKind.Latin && KeySpellings.Contains(term))
                {
                    return MatchKind.Key;
                }
                if (kind == MatchKind.Latin && FarVariants.Contains(term))
                {
                    return null;
                }
                return Edits > 0 && FuzzyTerm is not null && WithinEdits(FuzzyTerm, term, Edits) ? (kind == MatchKind.Ocr ? MatchKind.Ocr : MatchKind.Fuzzy) : null;
            case SearchFields.Key:
                return Keys.Contains(term) ? MatchKind.Key : null;
            default:
                return Stems.TryGetValue(field, out var stems) && stems.Contains(term) ? MatchKind.Stem : null;
        }
    }

    /// <summary>Levenshtein distance at most <paramref name="max"/>, first letter fixed (as the query's prefix length).</summary>
    internal static bool WithinEdits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || b.Length > 256 || a.Length == 0 || b.Length == 0 || a[0] != b[0])
        {
            return false;
        }
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > max)
            {
                return false;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length] <= max;
    }
}
