using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// The comparable forms of one name word: its <see cref="NameKey"/> (spelling-insensitive, any script), the keys of
/// its Russian stems when written in Cyrillic (Хрущеву, Пишевера, Тебризе → Хрущев, Пишевер, Тебриз), and its
/// consonant skeleton, which survives the vowel a romanization guesses (Пишевер / Pishevari, Тебриз / Tabriz).
/// </summary>
public static class NameForms
{
    // Russian noun and adjective case endings, longest first; a name is mostly declined like a noun.
    private static readonly string[] CyrillicEndings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
        "ой", "ей", "ом", "ем", "ым", "им", "ах", "ях", "ую", "юю", "ою",
        "а", "я", "у", "ю", "е", "ы", "и", "ь",
    ];

    /// <summary>
    /// A word's letters romanized (AnyAscii) and lower-cased, without the folding of <see cref="NameKey"/>: what a
    /// short key's match must still be close to, since short keys collide (Берия, Beriya and Berry all key "beri").
    /// </summary>
    public static string Romanized(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ascii = AnyAscii.Transliteration.Transliterate(word).ToLowerInvariant();
        return string.Concat(ascii.Where(c => c is >= 'a' and <= 'z'));
    }

    /// <summary>The word and, when written in Cyrillic, its stems without a case ending (Тебризе → Тебриз).</summary>
    public static IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stems = new List<string>(3) { word };
        if (word.Length == 0 || word[0] is < '\u0400' or > '\u04FF')
        {
            return stems;
        }
        var lower = word.ToLowerInvariant();
        foreach (var ending in CyrillicEndings)
        {
            if (lower.Length - ending.Length >= 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                stems.Add(word[..^ending.Length]);
            }
        }
        return stems;
    }

    /// <summary>The keys a word may be found under: its own first, then those of its Cyrillic stems.</summary>
    public static IReadOnlyList<string> Keys(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var own = NameKey.For(word);
        if (word.Length == 0 || word[0] is < '\u0400' or > '\u04FF')
        {
            return own.Length == 0 ? [] : [own];
        }
        var keys = new List<string>(3);
        if (own.Length > 0)
        {
            keys.Add(own);
        }
        var lower = word.ToLowerInvariant();
        foreach (var ending in CyrillicEndings)
        {
            if (lower.Length - ending.Length >= 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                var key = NameKey.For(word[..^ending.Length]);
                if (key.Length > 0 && !keys.Contains(key, StringComparer.Ordinal))
                {
                    keys.Add(key);
                }
            }
        }
        return keys;
    }

    /// <summary>The key without vowels after the first letter, doubled letters once: "pishevary" → "pshvr".</summary>
    public static string Skeleton(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return key;
        }
        // Russian "дж" is romanized "dzh" where English writes "j" (Azerbaidzhan / Azerbaijan; j is keyed as y).
        key = key.Replace("dzh", "y", StringComparison.Ordinal);
        var chars = new char[key.Length];
        var n = 0;
        chars[n++] = key[0];
        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            if (!NameKey.IsVowel(c) && chars[n - 1] != c)
            {
                chars[n++] = c;
            }
        }
        return new string(chars, 0, n);
    }

    /// <summary>Consonants in a skeleton (the first letter counts only when it is one).</summary>
    public static int Consonants(string skeleton) => skeleton.Count(c => !NameKey.IsVowel(c));
}
