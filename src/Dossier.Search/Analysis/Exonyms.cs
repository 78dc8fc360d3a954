using System.Collections.Frozen;
using System.Reflection;

namespace Dossier.Search.Analysis;

/// <summary>
/// Places' names in Russian and in English that are not each other's transcription (exonyms: Египет is Egypt, Вена
/// Vienna, Китай China, США the United States, Советский Союз the Soviet Union), from the table <c>Exonyms.tsv</c>. A
/// name is read as its words, each with the forms it may take: a Russian word in each of its cases
/// (<see cref="RussianDeclension"/>), an English word as its romanized (latn) term. Read by
/// <see cref="Querying.QueryContext"/>, so that a word, or words typed side by side, naming a place in one language also
/// match the place's names in the other: a name of one word as a term, a name of several as a phrase.
/// </summary>
internal static class Exonyms
{
    private const string Resource = "Dossier.Search.Analysis.Exonyms.tsv";

    private static readonly Lazy<Names> Table = new(Read);

    /// <summary>The latn terms of the one-word English names of the place a Russian word (an exact term: lower case, ё as е) names in any case.</summary>
    public static IReadOnlyList<string> EnglishOf(string russian) => Table.Value.English.GetValueOrDefault(russian, []);

    /// <summary>The English names of several words of the place a Russian word names in any case (США: united, states), each word's latn term alone.</summary>
    public static IReadOnlyList<string[][]> EnglishPhrasesOf(string russian) => Table.Value.Phrases.GetValueOrDefault(russian, []);

    /// <summary>The forms (exact terms) of the one-word Russian names of the place a one-word English name's latn term names.</summary>
    public static IReadOnlyList<string> RussianOf(string latin) => Table.Value.Russian.GetValueOrDefault(latin, []);

    /// <summary>The Russian names of several words of the place a one-word English name's latn term names (ussr: [советский, советского, …][союз, союза, …]).</summary>
    public static IReadOnlyList<string[][]> RussianPhrasesOf(string latin) => Table.Value.RussianPhrases.GetValueOrDefault(latin, []);

    /// <summary>
    /// For words typed side by side that name a place in one language (Russian words as exact terms, in any case; English
    /// ones as latn terms), its names in the other, each as its words' forms (Советского Союза: [ussr], [soviet][union];
    /// New York: [нью][йорк, йорка, …]); empty when they name none.
    /// </summary>
    public static IReadOnlyList<string[][]> OtherNamesOf(IReadOnlyList<string> words) =>
        words.Count < 2 ? [] : Table.Value.Beside.GetValueOrDefault(string.Join(' ', words), []);

    /// <summary>
    /// For a Russian name's words typed (exact terms, in any case: one word, or several side by side), the place's other
    /// Russian names, those sharing one of its English names (СССР: Советский Союз; Соединённых Штатов: США; Англия:
    /// Великобритания), each as its words' forms.
    /// </summary>
    public static IReadOnlyList<string[][]> RussianSynonymsOf(IReadOnlyList<string> words) =>
        words.Count == 0 ? [] : Table.Value.Synonyms.GetValueOrDefault(string.Join(' ', words), []);

    /// <summary>The most words a name of the table has.</summary>
    public static int LongestName => Table.Value.Longest;

    /// <summary>The table's lines: a Russian nominative, its English names (each of one word or more), and the stem of its other cases where it differs.</summary>
    internal static IEnumerable<(string Russian, string[] English, string? Stem)> Places()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<(string, string[], string?)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var columns = line.Split('\t');
            lines.Add((columns[0], columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), columns.Length > 2 ? columns[2] : null));
        }
        return lines;
    }

    /// <summary>An English name's latn term: lower case, folded as the latn field folds it (Cuba: kuba; Alma-Ata, written whole: almaata; People's: people, the possessive dropped).</summary>
    internal static string LatinOf(string english)
    {
        var word = english.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        return SpellingVariants.Fold(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word);
    }

    /// <summary>An English name's words, each its latn term alone (United States: [united][states]).</summary>
    internal static string[][] WordsOf(string english) => [.. english.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new[] { LatinOf(w) })];

    private static Names Read()
    {
        var english = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<string[][]>>(StringComparer.Ordinal);
        var russian = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var russianPhrases = new Dictionary<string, List<string[][]>>(StringComparer.Ordinal);
        var beside = new Dictionary<string, List<string[][]>>(StringComparer.Ordinal);
        var longest = 1;
        var lines = new List<(string[][] Name, List<string[][]> English)>();
        foreach (var (nominative, names, stem) in Places())
        {
            var name = RussianDeclension.Name(nominative, stem);
            var words = names.Select(WordsOf).ToList();
            lines.Add((name, words));
            longest = Math.Max(longest, Math.Max(name.Length, words.Max(w => w.Length)));
            if (name.Length == 1)
            {
                var latin = words.Where(w => w.Length == 1).Select(w => w[0][0]).ToList();
                foreach (var form in name[0])
                {
                    Add(english, form, latin);
                    AddNames(phrases, form, words.Where(w => w.Length > 1));
                }
                foreach (var term in latin)
                {
                    Add(russian, term, name[0]);
                }
            }
            else
            {
                // Words typed side by side in any of the name's cases: each combination of its words' forms.
                foreach (var typed in Combinations(name))
                {
                    AddNames(beside, typed, words);
                }
                foreach (var one in words.Where(w => w.Length == 1))
                {
                    AddNames(russianPhrases, one[0][0], [name]);
                }
            }
            foreach (var several in words.Where(w => w.Length > 1))
            {
                AddNames(beside, string.Join(' ', several.Select(w => w[0])), [name]);
            }
        }
        return new Names(
            Synonyms(lines),
            english.Where(p => p.Value.Count > 0).ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            phrases.Where(p => p.Value.Count > 0).ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            russian.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            russianPhrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            beside.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            longest);
    }

    /// <summary>
    /// A Russian name's words typed (each form of a one-word name; each combination of a longer one's) to the other
    /// Russian names of a place sharing one of its English names (СССР: Советский Союз; Соединённые Штаты: США).
    /// </summary>
    private static FrozenDictionary<string, string[][][]> Synonyms(List<(string[][] Name, List<string[][]> English)> lines)
    {
        static string Key(string[][] english) => string.Join(' ', english.Select(w => w[0]));
        var byEnglish = new Dictionary<string, List<string[][]>>(StringComparer.Ordinal);
        foreach (var (name, english) in lines)
        {
            foreach (var one in english)
            {
                AddNames(byEnglish, Key(one), [name]);
            }
        }
        var synonyms = new Dictionary<string, List<string[][]>>(StringComparer.Ordinal);
        foreach (var (name, english) in lines)
        {
            var others = english.SelectMany(one => byEnglish[Key(one)]).Where(other => !ReferenceEquals(other, name)).ToList();
            if (others.Count > 0)
            {
                foreach (var typed in name.Length == 1 ? name[0] : Combinations(name))
                {
                    AddNames(synonyms, typed, others);
                }
            }
        }
        return synonyms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> table, string key, IEnumerable<string> values) =>
        (table.TryGetValue(key, out var known) ? known : table[key] = new(StringComparer.Ordinal)).UnionWith(values);

    private static void AddNames(Dictionary<string, List<string[][]>> table, string key, IEnumerable<string[][]> names)
    {
        var known = table.TryGetValue(key, out var list) ? list : table[key] = [];
        foreach (var name in names)
        {
            if (!known.Exists(k => k.Length == name.Length && k.Zip(name).All(p => p.First.AsSpan().SequenceEqual(p.Second))))
            {
                known.Add(name);
            }
        }
    }

    /// <summary>Every way of writing a name of several words, one form a word, its words joined by spaces.</summary>
    private static IEnumerable<string> Combinations(string[][] name)
    {
        IEnumerable<string> typed = name[0];
        foreach (var forms in name.Skip(1))
        {
            typed = typed.SelectMany(start => forms.Select(form => start + " " + form)).ToList();
        }
        return typed;
    }

    /// <summary>
    /// The table read: a Russian word's forms to the latn terms of its one-word English names and to its English names of
    /// several words; a one-word English name's term to its one-word Russian names' forms and to its Russian names of
    /// several words; words typed side by side to the other language's names; Russian names to their Russian synonyms;
    /// and the most words of a name.
    /// </summary>
    private sealed record Names(
        FrozenDictionary<string, string[][][]> Synonyms,
        FrozenDictionary<string, string[]> English,
        FrozenDictionary<string, string[][][]> Phrases,
        FrozenDictionary<string, string[]> Russian,
        FrozenDictionary<string, string[][][]> RussianPhrases,
        FrozenDictionary<string, string[][][]> Beside,
        int Longest);
}
