using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Search;

/// <summary>
/// The timed query classes, drawn with a fixed seed from the corpus's own document frequencies (plain lower-case
/// letter words): frequent (1–10 % of documents), rare (3–20 documents), two-term AND (each 0.3–5 %), phrases
/// (adjacent word pairs of random documents), names (given name + surname from soviet-name-variants.jsonl) and
/// heavy (single words in more than 10 % of documents). English stop words are never drawn: PostgreSQL's
/// english configuration drops them, which would leave it an empty query.
/// </summary>
internal static partial class QuerySets
{
    public const int Seed = 20261128;

    public static readonly string[] Classes = ["frequent", "rare", "and", "phrase", "name", "heavy"];

    private static readonly HashSet<string> StopWords = new(
        ("a about above after again against all am an and any are as at be because been before being below between both but by " +
        "can did do does doing down during each few for from further had has have having he her here hers herself him himself his how " +
        "i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
        "over own same she should so some such than that the their theirs them themselves then there these they this those through to " +
        "too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
        "also shall may might must could upon").Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Titles = new(
        ["adm", "admiral", "gen", "general", "dr", "mr", "mrs", "ambassador", "col", "colonel", "lt", "maj", "major", "sir", "jr", "sr", "prof", "rev", "capt", "marshal"],
        StringComparer.Ordinal);

    public static List<BenchQuery> Build(IReadOnlyList<BenchDocument> documents, string namesFile, int perClass) =>
        Draw(DocumentFrequencies(documents), documents, namesFile, perClass, Seed);

    /// <summary>
    /// The timed queries, and queries of every class drawn with another seed, none typed as a timed one, for the bench to
    /// run before timing (<see cref="SpeedRunner.WarmUpAsync"/>): the runtime has then optimized the engine's code, and no
    /// per-query state the timed queries could reuse is made. The corpus's frequencies are counted once for both.
    /// </summary>
    public static (List<BenchQuery> Timed, List<BenchQuery> WarmUp) BuildWithWarmUp(IReadOnlyList<BenchDocument> documents, string namesFile, int perClass)
    {
        var frequency = DocumentFrequencies(documents);
        var timed = Draw(frequency, documents, namesFile, perClass, Seed);
        var typed = timed.Select(q => q.Typed).ToHashSet(StringComparer.Ordinal);
        return (timed, Draw(frequency, documents, namesFile, perClass, Seed + 1).Where(q => !typed.Contains(q.Typed)).ToList());
    }

    private static List<BenchQuery> Draw(Dictionary<string, int> frequency, IReadOnlyList<BenchDocument> documents, string namesFile, int perClass, int seed)
    {
        var random = new Random(seed);
        var n = documents.Count;
        List<string> Band(double low, double high) =>
            frequency.Where(p => p.Value >= low && p.Value < high && p.Key.Length >= 4 && !StopWords.Contains(p.Key))
                .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

        var queries = new List<BenchQuery>();
        var frequent = Band(n * 0.01, n * 0.10);
        var rare = Band(3, 21).Where(w => w.Length >= 5).ToList();
        var middle = Band(n * 0.003, n * 0.05);
        var heavy = Band(n * 0.10, n + 1);
        queries.AddRange(Pick(random, frequent, perClass).Select(w => new BenchQuery("frequent", [w], false)));
        queries.AddRange(Pick(random, rare, perClass).Select(w => new BenchQuery("rare", [w], false)));
        queries.AddRange(Enumerable.Range(0, perClass).Select(_ => new BenchQuery("and", Pick(random, middle, 2), false)));
        for (var found = 0; found < perClass;)
        {
            var words = Words(documents[random.Next(n)].Text);
            if (words.Count < 10)
            {
                continue;
            }
            var at = random.Next(words.Count - 1);
            if (words[at].Length >= 4 && words[at + 1].Length >= 4 && !StopWords.Contains(words[at]) && !StopWords.Contains(words[at + 1]))
            {
                queries.Add(new BenchQuery("phrase", [words[at], words[at + 1]], true));
                found++;
            }
        }
        queries.AddRange(Pick(random, Names(namesFile), perClass).Select(name => new BenchQuery("name", name.Split(' '), false)));
        queries.AddRange(Pick(random, heavy, perClass).Select(w => new BenchQuery("heavy", [w], false)));
        return queries;
    }

    public static List<string> Words(string text) =>
        LetterWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static Dictionary<string, int> DocumentFrequencies(IReadOnlyList<BenchDocument> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            seen.Clear();
            seen.UnionWith(Words(document.Title));
            seen.UnionWith(Words(document.Text));
            foreach (var word in seen)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }
        return frequency;
    }

    // "Kuznetsov, Vasili V." -> "Vasili Kuznetsov"; a variant with no usable given name gives the surname alone.
    private static List<string> Names(string file)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            foreach (var variant in json.RootElement.GetProperty("variants").EnumerateArray().Select(v => v.GetString() ?? ""))
            {
                var comma = variant.IndexOf(',', StringComparison.Ordinal);
                var surname = (comma < 0 ? variant : variant[..comma]).Trim();
                var given = comma < 0 ? null : LetterWord().Matches(variant[(comma + 1)..]).Select(m => m.Value)
                    .FirstOrDefault(w => w.Length >= 3 && !Titles.Contains(w.ToLowerInvariant()));
                if (LetterWord().IsMatch(surname))
                {
                    names.Add(given is null ? surname : given + " " + surname);
                }
            }
        }
        return names.ToList();
    }

    private static List<string> Pick(Random random, List<string> from, int count)
    {
        if (from.Count == 0)
        {
            throw new InvalidOperationException("a query class has no candidates");
        }
        return Enumerable.Range(0, count).Select(_ => from[random.Next(from.Count)]).Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterWord();
}
