using System.Text;

namespace Dossier.Search.Analysis;

/// <summary>
/// A phonetic skeleton of a folded-Latin word, for spelling variants across languages and transliterations:
/// consonant classes (sh/sch/shch/schtsch → S; kh/ch/h → X; x → KS (an Azerbaijani x is already kh); zh/j/dzh → Z; ts/tz/c before e,i,y → C;
/// v/w → V; ph/f → F; q/g/gh → G), doubled classes collapsed, vowels dropped except the first, which is kept where it
/// stands (between a first consonant and a sonorant after it: Dimitri ~ Dmitri), as one of three classes (a/e → A,
/// i/y → I, o/u → O), so Tabriz ~ Tebrize but Beria ≠ Biriya and Pishevari ≠ psywar. y is a consonant only at the start.
/// Only words of five letters or more get a key.
/// </summary>
public static class PhoneticKey
{
    public const int MinimumLetters = 5;

    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>The key of a folded-Latin word (a-z, 0-9), or null if it is too short or not a word.</summary>
    public static string? Of(ReadOnlySpan<char> latin)
    {
        if (latin.Length < MinimumLetters)
        {
            return null;
        }

        foreach (var c in latin)
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }
        }

        var sb = _builder ??= new StringBuilder(32);
        sb.Clear();
        var vowel = '\0';
        var vowelAt = -1;
        var last = '\0';
        for (var i = 0; i < latin.Length;)
        {
            var (cls, n) = Classify(latin, i);
            i += n;
            if (cls is 'A' or 'I' or 'O')
            {
                if (vowel == '\0')
                {
                    vowel = cls;
                    vowelAt = sb.Length == 2 && sb[1] is 'M' or 'N' or 'L' or 'R' ? 1 : sb.Length;
                }

                last = '\0';
                continue;
            }

            if (cls != last)
            {
                sb.Append(cls);
                if (cls == 'K' && n == 1 && latin[i - 1] == 'x')
                {
                    sb.Append('S');
                    cls = 'S';
                }
            }

            last = cls;
        }

        // A first vowel after a consonant and a sonorant sits between them (Dimitri ~ Dmitri): spellings differ by such a
        // vowel. Elsewhere it stays where it is: psywar's skeleton was Pishevari's (PISVR) when every first vowel was
        // moved next to the first consonant, and Пишевари found 54 FRUS records on psychological warfare.
        if (vowel != '\0')
        {
            sb.Insert(vowelAt, vowel);
        }

        return sb.ToString();
    }

    /// <summary>The class of the letter or digraph at <paramref name="i"/>, and how many letters it takes.</summary>
    internal static (char Class, int Length) Classify(ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        if (rest.StartsWith("schtsch") || rest.StartsWith("shtsh"))
        {
            return ('S', rest[1] == 'c' ? 7 : 5);
        }

        if (rest.StartsWith("shch") || rest.StartsWith("tsch"))
        {
            return rest[0] == 't' ? ('X', 4) : ('S', 4);
        }

        if (rest.StartsWith("sch"))
        {
            return ('S', 3);
        }

        if (rest.StartsWith("dzh"))
        {
            return ('Z', 3);
        }

        if (rest.Length >= 2)
        {
            switch (rest[0], rest[1])
            {
                case ('s', 'h'):
                case ('s', 'z'):
                    return ('S', 2);
                case ('k', 'h'):
                case ('c', 'h'):
                    return ('X', 2);
                case ('z', 'h'):
                case ('d', 'j'):
                    return ('Z', 2);
                case ('t', 's'):
                case ('t', 'z'):
                    return ('C', 2);
                case ('p', 'h'):
                    return ('F', 2);
                case ('g', 'h'):
                    return ('G', 2);
                case ('t', 'h'):
                    return ('T', 2);
                case ('c', 'k'):
                    return ('K', 2);
            }
        }

        var c = rest[0];
        var next = rest.Length > 1 ? rest[1] : '\0';
        return c switch
        {
            'a' or 'e' => ('A', 1),
            'i' => ('I', 1),
            'y' => i == 0 ? ('J', 1) : ('I', 1),
            'o' or 'u' => ('O', 1),
            'x' => ('K', 1),
            'h' => ('X', 1),
            'j' => ('Z', 1),
            'c' => next is 'e' or 'i' or 'y' ? ('C', 1) : ('K', 1),
            'w' or 'v' => ('V', 1),
            'f' => ('F', 1),
            'q' or 'g' => ('G', 1),
            _ => (char.ToUpperInvariant(c), 1),
        };
    }
}
