using Dossier.Core.Romanization;
using Dossier.Search.Querying;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// Another spelling of a word that the search treats as the same word: a Cyrillic word's BGN/PCGN romanization, or a
/// Latin word rewritten by a rule writers and romanization standards apply differently (kh/ch, sh/sch, ph/f, v/w,
/// ts/tz, c/k, -ia/-iya, a later vowel e/o as in Khrushchev/Khrushchov). Kept only when the search's own word
/// forms say it meets the word (a shared romanized or skeleton term) and it is not the word as written.
/// </summary>
internal static class Variants
{
    private static readonly (string From, string To)[] Rewrites =
    [
        ("kh", "ch"), ("sch", "sh"), ("sh", "sch"), ("ph", "f"), ("f", "ph"), ("w", "v"), ("v", "w"), ("tz", "ts"), ("ts", "tz"),
        ("ck", "k"), ("ca", "ka"), ("co", "ko"), ("cu", "ku"), ("iya", "ia"), ("ia", "iya"), ("ev", "ov"), ("ov", "ev"), ("yo", "e"),
    ];

    public static string? Of(string word)
    {
        var original = new MatchWord(word, prefix: false, fuzzy: false);
        if (original.IsEmpty)
        {
            return null;
        }
        if (word.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            var romanized = Romanizer.Romanize(word, RomanizationScheme.BgnPcgn);
            return Meets(original, romanized) ? romanized : null;
        }
        foreach (var (from, to) in Rewrites)
        {
            // Not at the start: a first letter carries the most information and fuzzy matching keeps it fixed.
            var at = word.IndexOf(from, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                var variant = string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + from.Length));
                if (Meets(original, variant))
                {
                    return variant;
                }
            }
        }
        return null;
    }

    private static bool Meets(MatchWord original, string variant)
    {
        var other = new MatchWord(variant, prefix: false, fuzzy: false);
        return !other.IsEmpty && !other.Exact.SetEquals(original.Exact)
            && (other.Latin.Overlaps(original.Latin) || other.Keys.Overlaps(original.Keys));
    }
}
