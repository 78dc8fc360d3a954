using System.Collections.Concurrent;
using Lingua;

namespace Dossier.Core.Languages;

/// <summary>
/// Lingua's detectors, one per set of candidate languages, built on first use and shared by the whole process. Each
/// knows only languages of one script that Dossier answers, in low-accuracy mode (trigram models only): a few MB per
/// language instead of about 60. The n-gram profiles in front of it have already chosen the script and ranked its
/// languages; when they are unsure (<see cref="LanguageIdentifier.ProfileCertainty"/>), Lingua decides among the
/// closest of them.
/// </summary>
internal static class LinguaDetectors
{
    /// <summary>Tags Lingua answers in Cyrillic script, with Lingua's language for each.</summary>
    public static readonly IReadOnlyDictionary<string, Language> Cyrillic = new Dictionary<string, Language>(StringComparer.Ordinal)
    {
        ["ru"] = Language.Russian,
        ["uk"] = Language.Ukrainian,
        ["be"] = Language.Belarusian,
        ["bg"] = Language.Bulgarian,
        ["sr-Cyrl"] = Language.Serbian,
        ["kk"] = Language.Kazakh,
        ["mn"] = Language.Mongolian,
        ["mk"] = Language.Macedonian,
    };

    /// <summary>Tags Lingua answers in Latin script.</summary>
    public static readonly IReadOnlyDictionary<string, Language> Latin = new Dictionary<string, Language>(StringComparer.Ordinal)
    {
        ["en"] = Language.English,
        ["de"] = Language.German,
        ["fr"] = Language.French,
        ["es"] = Language.Spanish,
        ["it"] = Language.Italian,
        ["pt"] = Language.Portuguese,
        ["nl"] = Language.Dutch,
        ["pl"] = Language.Polish,
        ["cs"] = Language.Czech,
        ["tr"] = Language.Turkish,
        ["az-Latn"] = Language.Azerbaijani,
        ["la"] = Language.Latin,
        ["sv"] = Language.Swedish,
        ["hu"] = Language.Hungarian,
        ["ro"] = Language.Romanian,
        ["vi"] = Language.Vietnamese,
    };

    /// <summary>Tags Lingua answers in Arabic script.</summary>
    public static readonly IReadOnlyDictionary<string, Language> Arabic = new Dictionary<string, Language>(StringComparer.Ordinal)
    {
        ["fa"] = Language.Persian,
        ["ar"] = Language.Arabic,
        ["ur"] = Language.Urdu,
    };

    /// <summary>Whether a tag names a language Lingua does not model, that only the n-gram profiles decide.</summary>
    public static bool LacksLanguage(string tag) => !Cyrillic.ContainsKey(tag) && !Latin.ContainsKey(tag) && !Arabic.ContainsKey(tag);

    /// <summary>
    /// How many of the script's languages, closest first by the n-gram profiles, Lingua decides among. Lingua's
    /// trigram models of all 16 Latin and 8 Cyrillic languages took about a second of CPU to load, most of the cost of
    /// importing one small file; a text's language is almost always among the profiles' first few.
    /// </summary>
    internal const int Candidates = 3;

    // Lazy, so that two threads asking for the same new detector at once build it once: the second waits for the first
    // (ConcurrentDictionary may run a factory twice and keep one result).
    private static readonly ConcurrentDictionary<string, Lazy<LanguageDetector>> Detectors = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, int> Builds = new(StringComparer.Ordinal);

    /// <summary>Lingua's guess among all its languages of the script (Arabic text, which no profile ranks).</summary>
    public static LanguageGuess Identify(WritingScript script, string text) => Identify(script, text, []);

    /// <summary>
    /// Lingua's guess among the first <see cref="Candidates"/> of <paramref name="ranked"/> (every profile's tag, closest
    /// first) that it models, and the script's languages that have no profile to rank them. With no ranking, among all
    /// the script's languages.
    /// </summary>
    public static LanguageGuess Identify(WritingScript script, string text, IReadOnlyList<string> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var tags = script switch
        {
            WritingScript.Cyrl => Cyrillic,
            WritingScript.Latn => Latin,
            WritingScript.Arab => Arabic,
            _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Lingua is asked only about Cyrillic, Latin and Arabic text."),
        };
        var chosen = CandidatesOf(tags, ranked);
        var detector = Detectors.GetOrAdd(
            string.Join(' ', chosen),
            static (key, pick) => new Lazy<LanguageDetector>(() =>
            {
                Builds.AddOrUpdate(key, 1, static (_, n) => n + 1);
                return Build([.. pick.Chosen.Select(t => pick.Tags[t])]);
            }),
            (Chosen: chosen, Tags: tags)).Value;
        foreach (var (language, confidence) in detector.ComputeLanguageConfidenceValues(text))
        {
            var tag = tags.FirstOrDefault(t => t.Value == language).Key;
            return tag is null || confidence < 0.2 ? LanguageGuess.Undetermined : new LanguageGuess(tag, Math.Round(confidence, 3));
        }
        return LanguageGuess.Undetermined;
    }

    /// <summary>Whether the detector of these candidates (<see cref="CandidatesOf"/>) has been built, its models loaded.</summary>
    internal static bool IsBuilt(IReadOnlyList<string> candidates) =>
        Detectors.TryGetValue(string.Join(' ', candidates), out var detector) && detector.IsValueCreated;

    /// <summary>How many times the detector of these candidates was built: once at most.</summary>
    internal static int TimesBuilt(IReadOnlyList<string> candidates) => Builds.GetValueOrDefault(string.Join(' ', candidates));

    /// <summary>The tags Lingua decides among, in a fixed order (the detector's key): all of them when the ranking names too few.</summary>
    internal static List<string> CandidatesOf(IReadOnlyDictionary<string, Language> tags, IReadOnlyList<string> ranked)
    {
        var closest = ranked.Where(tags.ContainsKey).Take(Candidates).ToList();
        if (closest.Count < Math.Min(Candidates, tags.Count))
        {
            return [.. tags.Keys.Order(StringComparer.Ordinal)];
        }
        var unranked = tags.Keys.Where(t => !ranked.Contains(t, StringComparer.Ordinal));
        return [.. closest.Concat(unranked).Order(StringComparer.Ordinal)];
    }

    // Lingua loads a language's models once per process, and every detector shares them. Preloaded: the trigram models
    // a new detector lacks load at once, on every core (its first guess would load them one after another on one thread).
    private static LanguageDetector Build(List<Language> languages) =>
        LanguageDetectorBuilder.FromLanguages([.. languages]).WithLowAccuracyMode().WithPreloadedLanguageModels().Build();
}
