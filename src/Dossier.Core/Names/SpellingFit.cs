using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// Whether a spelling a source tags with a person can be that person's: some word of it is a word of the heading
/// written another way (the same <see cref="NameKey"/> in any script, the same consonant skeleton, a letter or two
/// apart, or cut short: McN, K[issinger]), or it is only initials the heading's words begin with (JA, N.S.). A tag that
/// names someone else ("Stalin" tagged as Khrushchev, "Bromley Smith" as McNamara), a title alone ("Marshal", "the
/// President") or a nickname ("Bob") does not fit: it is no spelling to find the person by elsewhere.
/// </summary>
public static class SpellingFit
{
    private static readonly char[] Separators = [' ', ',', '.', '-', '\u2013', '\u2014', '(', ')', '\u00A0', '\n', '\t', ';', ':'];

    public static bool Fits(string spelling, string heading)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        ArgumentNullException.ThrowIfNull(heading);
        var words = Words(spelling, out var titlesOnly);
        var headingWords = Words(heading, out _);
        if (words.Count == 0 || headingWords.Count == 0)
        {
            return false;
        }
        var joined = headingWords.Concat(Joined(headingWords)).Where(h => h.Key.Length > 1).ToList();
        // A spelling of titles alone fits only as the heading's own word ("LORD" for "Lord, Winston"): "Field Marshal",
        // a FRUS tag of Admiral Felt's, made "field" a spelling of Felt, and a search for "field" found every "felt".
        if (words.Concat(Joined(words)).Any(w => w.Key.Length > 1 && joined.Exists(h => titlesOnly ? SameWord(w, h) : Resembles(w, h))))
        {
            return true;
        }
        // "JA" for "Allison, John M.", "N.S." for "Khrushchev, Nikita Sergeevich": every letter begins a word of the heading.
        return words.TrueForAll(IsInitials) && words.TrueForAll(w => w.Text.All(c => headingWords.Exists(h => char.ToUpperInvariant(h.Text[0]) == c)));
    }

    /// <summary>
    /// A name's words: key, Cyrillic stems' keys, romanized spelling (<see cref="Joined"/> runs neighbours together: "De Puy", "Ching-kuo").
    /// Titles are left out unless they are the surname of an inverted heading ("Lord, Winston") or all there is
    /// (<paramref name="titlesOnly"/>).
    /// </summary>
    private static List<Word> Words(string name, out bool titlesOnly)
    {
        // Editors' brackets complete a cut word: "K[issinger]", "S'[onnen]feldt".
        var text = name.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var tokens = new List<(string Token, bool Title)>();
        var offset = 0;
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var at = text.IndexOf(token, offset, StringComparison.Ordinal);
            offset = at + token.Length;
            if (NameKey.For(token).Length > 0 && !string.Equals(token, "the", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add((token, PersonName.IsTitle(token) && !(comma > 0 && at < comma)));
            }
        }
        titlesOnly = tokens.Count > 0 && tokens.TrueForAll(t => t.Title);
        if (!titlesOnly)
        {
            tokens.RemoveAll(t => t.Title);
        }
        return tokens.Select(t => Word.Of(t.Token)).ToList();
    }

    private static bool SameWord(Word word, Word heading) => word.Keys.Any(k => heading.Keys.Contains(k, StringComparer.Ordinal));

    private static IEnumerable<Word> Joined(List<Word> words) => words.Skip(1).Select((w, i) => Word.Of(words[i].Text + w.Text));

    private static bool Resembles(Word word, Word heading)
    {
        if (word.Keys.Any(k => heading.Keys.Contains(k, StringComparer.Ordinal)))
        {
            return true;
        }
        var skeleton = NameForms.Skeleton(word.Key);
        if (NameForms.Consonants(skeleton) >= 2 && string.Equals(skeleton, NameForms.Skeleton(heading.Key), StringComparison.Ordinal))
        {
            return true;
        }
        if (Close(word.Key, heading.Key) || Close(word.Romanized, heading.Romanized))
        {
            return true;
        }
        // Cut short, as a signature or an editor's shorthand: "McN" for McNamara.
        return word.Key.Length >= 3 && heading.Key.StartsWith(word.Key, StringComparison.Ordinal) && char.IsUpper(word.Text[0]);
    }

    // A letter apart, or two in a long word: Kuznetzov, Widjono, Zaroubin.
    private static bool Close(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4 || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }
        var distance = Levenshtein.Distance(a, b);
        return distance <= 1 || (distance <= 2 && shorter >= 7);
    }

    // "JA", "LBJ", "H", or one letter of "N.S.": capitals alone, up to three.
    private static bool IsInitials(Word word) => word.Text.Length <= 3 && word.Text.All(char.IsUpper);

    private sealed record Word(string Text, string Key, IReadOnlyList<string> Keys, string Romanized)
    {
        public static Word Of(string text) => new(text, NameKey.For(text), NameForms.Keys(text), NameForms.Romanized(text));
    }
}
