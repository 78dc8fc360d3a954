using Lingua;

namespace Dossier.Core.Languages;

/// <summary>
/// Lingua's detectors, one per script, built on first use and shared by the whole process. Each knows only the
/// languages of its script that Dossier answers, in low-accuracy mode (trigram models only): a few MB per
/// language instead of about 60, and the n-gram profiles in front of it have already chosen the script's group.
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

    private static readonly Lazy<LanguageDetector> CyrillicDetector = new(() => Build(Cyrillic));
    private static readonly Lazy<LanguageDetector> LatinDetector = new(() => Build(Latin));
    private static readonly Lazy<LanguageDetector> ArabicDetector = new(() => Build(Arabic));

    public static LanguageGuess Identify(WritingScript script, string text)
    {
        var (detector, tags) = script switch
        {
            WritingScript.Cyrl => (CyrillicDetector.Value, Cyrillic),
            WritingScript.Latn => (LatinDetector.Value, Latin),
            WritingScript.Arab => (ArabicDetector.Value, Arabic),
            _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Lingua is asked only about Cyrillic, Latin and Arabic text."),
        };
        foreach (var (language, confidence) in detector.ComputeLanguageConfidenceValues(text))
        {
            var tag = tags.FirstOrDefault(t => t.Value == language).Key;
            return tag is null || confidence < 0.2 ? LanguageGuess.Undetermined : new LanguageGuess(tag, Math.Round(confidence, 3));
        }
        return LanguageGuess.Undetermined;
    }

    /// <summary>
    /// Loads the Latin and Cyrillic detectors' models now (the work their first use would do), so that an import can
    /// have them loaded on the other core while it opens the archive. The lower-order models Lingua falls back to for
    /// an unseen trigram load at a first guess; a text of letters that rarely meet brings them in too.
    /// </summary>
    public static void Prepare()
    {
        CyrillicDetector.Value.ComputeLanguageConfidenceValues("жцх фщг");
        LatinDetector.Value.ComputeLanguageConfidenceValues("qxj zvk");
    }

    // Preloaded: the trigram models of all the script's languages load at once, on every core (Lingua's first guess
    // would load them one after another on one thread). The guesses are the same.
    private static LanguageDetector Build(IReadOnlyDictionary<string, Language> tags) =>
        LanguageDetectorBuilder.FromLanguages([.. tags.Values]).WithLowAccuracyMode().WithPreloadedLanguageModels().Build();
}
