using System.Text;
using AnyAscii;
using Dossier.Core.Text;

namespace Dossier.Core.Authorities;

/// <summary>
/// A spelling-insensitive key for one name word: romanized (AnyAscii, a rough stand-in until proper
/// romanization tables exist), then folded over the usual English, French and German renderings of Russian
/// (kh/ch/h, shch/schtsch, -ev/-ov/-ow/-off, -i/-y/-iy/-ii, tz/ts, w/v, ou/u, doubled letters).
/// </summary>
public static class NameKey
{
    private static readonly (string From, string To)[] Rules =
    [
        ("schtsch", "shch"), ("shtch", "shch"), ("chtch", "shch"), ("shtsh", "shch"), ("tsch", "ch"), ("sch", "sh"),
        ("kh", "h"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("tz", "ts"), ("ck", "k"), ("ou", "u"), ("j", "y"),
        ("yo", "e"), ("ye", "e"), ("ie", "e"), ("ei", "e"), ("ee", "e"), ("ia", "ya"),
    ];

    public static string For(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ascii = CodePoints.Compose(word).Transliterate().ToLowerInvariant();
        var letters = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters.Append(c);
            }
        }
        var s = letters.ToString();
        if (s.Length == 0)
        {
            return s;
        }

        // German "Chr-" and initial "Ch-" before a consonant render Russian "Х".
        if (s.Length > 2 && s[0] == 'c' && s[1] == 'h' && !IsVowel(s[2]))
        {
            s = "h" + s[2..];
        }
        s = ReplaceEnding(s);
        foreach (var (from, to) in Rules)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }
        s = SoftC(s);
        s = Undouble(s);
        return ReplaceEnding(s);
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string ReplaceEnding(string s)
    {
        // Russian -ев/-ёв/-ов and -ий/-ый/-ой, each written several ways.
        foreach (var ending in (string[])["yevich", "ievich", "eyevich"])
        {
            if (s.EndsWith(ending, StringComparison.Ordinal))
            {
                return s[..^ending.Length] + "evich";
            }
        }
        foreach (var ending in (string[])["yeff", "ieff", "eff", "off", "yov", "yev", "iev", "ev", "ov", "ow", "ew"])
        {
            if (s.Length > ending.Length + 2 && s.EndsWith(ending, StringComparison.Ordinal))
            {
                return s[..^ending.Length] + "ov";
            }
        }
        foreach (var ending in (string[])["iyy", "iy", "ii", "yi", "yy", "i", "y"])
        {
            if (s.Length > ending.Length + 1 && s.EndsWith(ending, StringComparison.Ordinal))
            {
                return s[..^ending.Length] + "y";
            }
        }
        return s;
    }

    private static string SoftC(string s)
    {
        var text = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (s[i] == 'c' && next != 'h')
            {
                text.Append(next is 'e' or 'i' or 'y' ? "ts" : "k");
            }
            else
            {
                text.Append(s[i]);
            }
        }
        return text.ToString();
    }

    private static string Undouble(string s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (text.Length == 0 || text[^1] != c)
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
