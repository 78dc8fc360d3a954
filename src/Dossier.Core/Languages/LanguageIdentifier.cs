namespace Dossier.Core.Languages;

/// <summary>
/// Identifies the language of a text as a BCP-47 tag (RFC 5646) with a script subtag (ISO 15924) where the
/// language is written in more than one script: "ru", "az-Cyrl", "az-Latn", "uz-Latn", "sr-Cyrl", or "und" when
/// unsure. Two steps: character n-gram profiles (<see cref="NgramProfiles"/>) rank every language Dossier knows
/// in the text's script, including those Lingua lacks (Kyrgyz, Tatar, Tajik, Turkmen, Uzbek, Azerbaijani in
/// Cyrillic) and a Russian-OCR reading of each; when they point to a language Lingua covers without being sure of it
/// (<see cref="ProfileCertainty"/>), Lingua decides among the closest few of its languages of that script
/// (<see cref="LinguaDetectors"/>). Stateless and thread-safe; the models are loaded once per process, on first use.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MinimumLetters = 3;

    /// <summary>
    /// The profiles' confidence from which their answer stands without Lingua: a long paragraph of one language is
    /// almost always this clear, and Lingua costs more, both to load (its trigram models, about 0.1 s of CPU a language)
    /// and to ask (`bench languages` identifies its 1,959 texts in 1.98 s with this, 5.26 s without; importing the CSV
    /// sample of 11 English records takes about 0.45 s less CPU). Set before measuring, not fitted. On the held-out
    /// texts of `bench languages`, with Lingua asked every time and with this: 1,143 of 1,160 right both ways, the same
    /// per language; the translated manual pages 661 of 799 both ways (two wrong answers changed, a French and a
    /// Portuguese paragraph taken for English instead of Latin). Below it Lingua decides as before. A language that
    /// only Lingua knows (Romanian, Latin, Vietnamese) is found only when the profiles are unsure, as its own letters
    /// make them: the Romanian manual pages of the bench, 79 of 80 both ways.
    /// </summary>
    internal const double ProfileCertainty = 0.99;

    /// <summary>One shared instance, for callers that do not hold their own (all instances share the models).</summary>
    public static LanguageIdentifier Shared { get; } = new();

    public LanguageGuess Identify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LanguageGuess.Undetermined;
        }
        var (script, letters, _) = ScriptCounter.Dominant(text);
        if (letters < MinimumLetters)
        {
            return LanguageGuess.Undetermined;
        }
        var only = OnlyScript(text, script);
        return script switch
        {
            WritingScript.Cyrl => WithProfiles(script, only, LinguaDetectors.Cyrillic),
            WritingScript.Latn => WithProfiles(script, only, LinguaDetectors.Latin),
            WritingScript.Arab => LinguaDetectors.Identify(script, only),
            _ => EastAsianScripts.Identify(text),
        };
    }

    /// <summary>
    /// Starts loading the models a first guess needs in the background and returns at once: an import of a format whose
    /// languages are guessed calls it before opening the archive, so that the load overlaps the open. The n-gram profiles
    /// load whole; Lingua's models only for the paragraphs of <paramref name="sample"/> (a file's opening text) the profiles
    /// are unsure of, and the languages they rank closest there: the ones its guesses will need (see <see cref="LinguaDetectors"/>).
    /// </summary>
    public static Task PrepareAsync(string? sample = null) => Task.Run(() =>
    {
        NgramProfiles.Of("Latn");
        NgramProfiles.Of("Cyrl");
        if (!string.IsNullOrWhiteSpace(sample))
        {
            // The guesses an import makes, paragraph by paragraph: each builds the detector of its closest languages.
            Shared.FindSegments(sample);
        }
    });

    /// <summary>Whether a tag is one only the n-gram profiles decide (a language Lingua does not model).</summary>
    public static bool IsDecidedByProfiles(string tag) => LinguaDetectors.LacksLanguage(tag);

    /// <summary>
    /// Splits a text into runs of one language: paragraphs (blank-line separated) are identified one by one,
    /// short or undecided ones join their neighbours, and neighbours in the same language merge.
    /// </summary>
    public IReadOnlyList<LanguageSegment> FindSegments(string text) => LanguageSegmenter.Segment(this, text);

    private static LanguageGuess WithProfiles(WritingScript script, string text, IReadOnlyDictionary<string, Lingua.Language> lingua)
    {
        if (NgramClassifier.Classify(text, NgramProfiles.Of(script.ToString())) is not var (best, confidence, ranked))
        {
            return LanguageGuess.Undetermined;
        }
        if (lingua.ContainsKey(best.Tag) && confidence < ProfileCertainty)
        {
            var decided = LinguaDetectors.Identify(script, text, ranked);
            if (!decided.IsUndetermined)
            {
                return decided;
            }
        }
        return new LanguageGuess(best.Tag, confidence);
    }

    private static string OnlyScript(string text, WritingScript script)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var s = ScriptCounter.Classify(chars[i]);
            if (s != WritingScript.None && s != script)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }
}
