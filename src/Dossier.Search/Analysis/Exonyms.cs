using System.Collections.Frozen;
using System.Reflection;

namespace Dossier.Search.Analysis;

/// <summary>
/// Places' names in Russian and in English that are not each other's transcription (exonyms: Египет is Egypt, Вена
/// Vienna, Китай China), from the table <c>Exonyms.tsv</c>. A Russian name is known in each of its cases (Египта,
/// Вене, Китае), declined by its ending; an English name by its romanized (latn) term. Read by
/// <see cref="Querying.QueryContext"/>, so a query word in one language also matches the place's name in the other.
/// </summary>
internal static class Exonyms
{
    private const string Resource = "Dossier.Search.Analysis.Exonyms.tsv";

    private static readonly Lazy<(FrozenDictionary<string, string[]> English, FrozenDictionary<string, string[]> Russian)> Table = new(Read);

    /// <summary>The latn terms of the English names of the place a Russian word (an exact term: lower case, ё as е) names in any case.</summary>
    public static IReadOnlyList<string> EnglishOf(string russian) => Table.Value.English.GetValueOrDefault(russian, []);

    /// <summary>The Russian names, in every case (exact terms), of the place an English name's latn term names.</summary>
    public static IReadOnlyList<string> RussianOf(string latin) => Table.Value.Russian.GetValueOrDefault(latin, []);

    /// <summary>The table's lines: a Russian nominative, its English names, and the stem of its other cases where it differs.</summary>
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
            lines.Add((columns[0], columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), columns.Length > 2 ? columns[2] : null));
        }
        return lines;
    }

    /// <summary>
    /// A Russian place name's forms in every case, lower case with ё as е: by its ending (Куба: кубы, кубе, кубу, кубой;
    /// Англия: англии, англию, англией; Китай: китая, китаю, китаем, китае; Кипр: кипра, кипру, кипром, кипре; Афины:
    /// афин, афинам, афинами, афинах), on <paramref name="stem"/> where the other cases drop a vowel (Египет: египта).
    /// Abbreviations (СССР) and names ending in another vowel (Токио, Перу, Чили) are not declined.
    /// </summary>
    internal static List<string> Declined(string nominative, string? stem = null)
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
        else if (word.EndsWith("ье", StringComparison.Ordinal))
        {
            (root, endings) = (word[..^1], ["я", "ю", "ем"]);
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

    /// <summary>The English name's latn term: lower case, folded as the latn field folds it (Cuba: kuba; Alma-Ata, written whole: almaata).</summary>
    internal static string LatinOf(string english) => SpellingVariants.Fold(english.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal));

    private static (FrozenDictionary<string, string[]>, FrozenDictionary<string, string[]>) Read()
    {
        var english = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var russian = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (nominative, names, stem) in Places())
        {
            var forms = Declined(nominative, stem);
            var latin = names.Select(LatinOf).ToList();
            foreach (var form in forms)
            {
                (english.TryGetValue(form, out var known) ? known : english[form] = new(StringComparer.Ordinal)).UnionWith(latin);
            }
            foreach (var name in latin)
            {
                (russian.TryGetValue(name, out var known) ? known : russian[name] = new(StringComparer.Ordinal)).UnionWith(forms);
            }
        }
        return (english.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            russian.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
