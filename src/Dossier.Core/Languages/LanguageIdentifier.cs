using Lingua;

namespace Dossier.Core.Languages;

/// <summary>
/// Identifies the language of a text as a BCP-47 tag (RFC 5646) with a script subtag (ISO 15924) where
/// the language is written in more than one script: "ru", "az-Cyrl", "az-Latn", "uz-Latn", "sr-Cyrl", or
/// "und" when unsure. Latin and Arabic script go to Lingua; Cyrillic is scored by alphabets and function
/// words (<see cref="CyrillicScorer"/>), which also knows garbled OCR of Azerbaijani. Build it once: it is
/// thread-safe and its language models load on first use.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MinimumLetters = 3;

    private static readonly Language[] LatinLanguages =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Polish, Language.Czech, Language.Turkish, Language.Azerbaijani, Language.Latin,
        Language.Swedish, Language.Hungarian,
    ];

    private static readonly Language[] ArabicLanguages = [Language.Persian, Language.Arabic, Language.Urdu];

    private readonly Lazy<LanguageDetector> _latin = new(() => LanguageDetectorBuilder.FromLanguages(LatinLanguages).Build());
    private readonly Lazy<LanguageDetector> _arabic = new(() => LanguageDetectorBuilder.FromLanguages(ArabicLanguages).Build());

    /// <summary>One shared instance, for callers that do not hold their own.</summary>
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
            WritingScript.Cyrl => CyrillicScorer.Identify(only),
            WritingScript.Latn => IdentifyLatin(only),
            WritingScript.Arab => WithLingua(_arabic.Value, only),
            _ => LanguageGuess.Undetermined,
        };
    }

    /// <summary>
    /// Splits a text into runs of one language: paragraphs (blank-line separated) are identified one by one,
    /// short or undecided ones join their neighbours, and neighbours in the same language merge.
    /// </summary>
    public IReadOnlyList<LanguageSegment> FindSegments(string text) => LanguageSegmenter.Segment(this, text);

    private LanguageGuess IdentifyLatin(string text)
    {
        var uzbek = LatinUzbekScorer.Score(text);
        if (uzbek >= 0.5)
        {
            return new LanguageGuess("uz-Latn", Math.Round(Math.Min(1, uzbek), 3));
        }
        var guess = WithLingua(_latin.Value, text);
        // Lingua has no Uzbek and calls it its Turkic neighbours; those write ə, ı, ş, ç, ğ, Uzbek never does.
        if (uzbek >= 0.15 && guess.Tag is "az-Latn" or "tr" && LatinUzbekScorer.LacksTurkicLetters(text))
        {
            return new LanguageGuess("uz-Latn", Math.Round(0.5 + uzbek / 2, 3));
        }
        return guess;
    }

    private static LanguageGuess WithLingua(LanguageDetector detector, string text)
    {
        var values = detector.ComputeLanguageConfidenceValues(text);
        foreach (var (language, confidence) in values)
        {
            var tag = TagOf(language);
            return tag is null || confidence < 0.2 ? LanguageGuess.Undetermined : new LanguageGuess(tag, Math.Round(confidence, 3));
        }
        return LanguageGuess.Undetermined;
    }

    private static string? TagOf(Language language) => language switch
    {
        Language.Azerbaijani => "az-Latn",
        Language.Unknown => null,
        _ => LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(),
    };

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
