using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// Places' names in the other language (<see cref="Exonyms"/>), where the archive holds them: a word's
/// (<see cref="AddOtherNames"/>) and several words' typed side by side (<see cref="PlaceName"/>).
/// </summary>
internal sealed partial class QueryContext
{
    /// <summary>
    /// Words typed side by side that name a place (Soviet Union, Советского Союза, Нью-Йорк), as the name's other
    /// names the archive holds match them: a word standing for the name as a whole (<see cref="MatchWord.PlaceName"/>),
    /// or null where they name no place or the archive holds none of its other names. English words stand for Russian
    /// names only in an archive holding Cyrillic text. The name is shown as <paramref name="shown"/>, else as its words
    /// apart by spaces.
    /// </summary>
    public MatchWord? PlaceName(IReadOnlyList<string> typed, string? shown = null)
    {
        if (_reader is null || typed.Count < 2)
        {
            return null;
        }
        var russian = typed.All(BackTranscription.HasLetter);
        if (!russian && (!typed.All(w => w.All(char.IsAsciiLetter)) || !HoldsCyrillic(_reader)))
        {
            return null;
        }
        var keys = typed.Select(w => russian ? IndexAnalysis.Terms(SearchFields.Exact, w).FirstOrDefault() ?? "" : Exonyms.LatinOf(w)).ToList();
        var names = Exonyms.OtherNamesOf(keys);
        var synonyms = russian ? Exonyms.RussianSynonymsOf(keys) : [];
        if (names.Count == 0 && synonyms.Count == 0)
        {
            return null;
        }
        var word = MatchWord.PlaceName(shown ?? string.Join(' ', typed));
        var held = names.Select(name => russian ? name : Romanized(name)).Concat(synonyms.Select(Romanized)).Where(Holds).ToList();
        word.AddOtherNames(held.Where(name => name.Length == 1).SelectMany(name => name[0]).Where(term => DocFreq(SearchFields.Latin, term) > 0), keepKeys: false);
        word.AddOtherPhrases(held.Where(name => name.Length > 1), keepKeys: false);
        return word.OtherNames.Count == 0 && word.OtherPhrases.Count == 0 ? null : word;
    }

    /// <summary>
    /// A place's name also stands for its name in the other language (<see cref="Exonyms"/>), where the archive holds it:
    /// Египет and Египте for Egypt, Вена for Vienna, and Egypt for Египет, where transcription cannot reach (egipet);
    /// США for "United States" and USSR for "Советского Союза", as phrases. A Russian name also stands for the place's
    /// other Russian names (СССР for Советский Союз). A Russian form a Latin word stands for counts only where Latin
    /// text does not write its romanization (Рим, rim). A Cyrillic word's own romanizations keep their skeleton keys only
    /// where the archive holds one of them, as in <see cref="AddLatinSpellings"/>; a Latin word keeps its keys.
    /// </summary>
    private void AddOtherNames(MatchWord word)
    {
        List<string>? found = null;
        var phrases = new List<string[][]>();
        var russianName = false;
        foreach (var exact in word.Exact)
        {
            foreach (var english in Exonyms.EnglishOf(exact))
            {
                russianName = true;
                if (!word.Latin.Contains(english) && DocFreq(SearchFields.Latin, english) > 0)
                {
                    (found ??= []).Add(english);
                }
            }
            foreach (var phrase in Exonyms.EnglishPhrasesOf(exact))
            {
                russianName = true;
                phrases.Add(phrase);
            }
            // The place's other Russian names (СССР: Советский Союз), where Cyrillic text writes them.
            foreach (var synonym in Exonyms.RussianSynonymsOf([exact]))
            {
                russianName = true;
                if (synonym.Length > 1)
                {
                    phrases.Add(Romanized(synonym));
                }
                else
                {
                    (found ??= []).AddRange(synonym[0].Where(form => DocFreq(SearchFields.Exact, form) > 0)
                        .SelectMany(form => IndexAnalysis.Terms(SearchFields.Latin, form, "ru"))
                        .Where(romanized => !word.Latin.Contains(romanized) && DocFreq(SearchFields.Exact, romanized) == 0));
                }
            }
        }
        if (!russianName && HoldsCyrillic(_reader!))
        {
            foreach (var latin in word.Latin)
            {
                foreach (var russian in Exonyms.RussianOf(latin))
                {
                    if (DocFreq(SearchFields.Exact, russian) > 0)
                    {
                        (found ??= []).AddRange(IndexAnalysis.Terms(SearchFields.Latin, russian, "ru")
                            .Where(romanized => !word.Latin.Contains(romanized) && DocFreq(SearchFields.Exact, romanized) == 0));
                    }
                }
                phrases.AddRange(Exonyms.RussianPhrasesOf(latin).Select(Romanized));
            }
        }
        var keepKeys = !russianName || word.Latin.Any(term => DocFreq(SearchFields.Latin, term) > 0);
        if (phrases.Where(Holds).ToList() is { Count: > 0 } held)
        {
            word.AddOtherPhrases(held, keepKeys);
        }
        if (found is not null)
        {
            word.AddOtherNames(found, keepKeys);
        }
    }

    /// <summary>A Russian name's words, each the latn terms of its forms (Советского Союза: sovetskogo, …; soyuza, …).</summary>
    private static string[][] Romanized(string[][] name) =>
        [.. name.Select(forms => forms.SelectMany(form => IndexAnalysis.Terms(SearchFields.Latin, form, "ru")).Distinct(StringComparer.Ordinal).ToArray())];

    /// <summary>Whether the archive holds a form of each of the name's words (latn terms); the phrase itself is not looked for.</summary>
    private bool Holds(string[][] name) => Array.TrueForAll(name, forms => Array.Exists(forms, term => DocFreq(SearchFields.Latin, term) > 0));
}
