namespace Dossier.Search.Analysis;

/// <summary>
/// A looser skeleton than <see cref="PhoneticKey"/>, for suggesting a name, never for matching one: its consonant
/// classes with every vowel dropped (the first too), the sibilants as one class (s, z, ts, zh, sh: Париж, parizh ~
/// Paris; Рузвельт, ruzvelt ~ Roosevelt), g with h and kh (Russian writes a foreign h as г: Гувер ~ Hoover), an h after
/// b, d or r left silent (Gandhi ~ Ганди), and a w after a vowel read as the vowel it ends (Eisenhower ~ Эйзенхауэр,
/// eyzenkhauer). A key of three classes keeps whether its first vowel is i or y (Кипр, kipr, is not Kooper; Раск, rask,
/// is Rusk). Words of fewer than <see cref="MinimumClasses"/> classes (Eden, Иден: DN) get none.
/// </summary>
public static class LooseKey
{
    /// <summary>Keys shorter than this (consonant classes) are shared by too many names to suggest one.</summary>
    public const int MinimumClasses = 3;

    /// <summary>Whether <paramref name="key"/> has the fewest classes a key may have (its first vowel's class leads them).</summary>
    public static bool IsShort(string key) =>
        key.Length == MinimumClasses || (key.Length == MinimumClasses + 1 && key[0] is 'A' or 'I');

    /// <summary>The key of a folded-Latin word as a transliteration writes it (every letter sounded), or null.</summary>
    public static string? Of(ReadOnlySpan<char> latin) => Of(latin, silentH: false, softG: false);

    /// <summary>
    /// The keys of a word as the archive spells a name: also with an h between a vowel and a consonant left silent
    /// (Johnson ~ Джонсон, dzhonson; Bohlen ~ Болен) and a g before e, i or y read as j (Kissinger ~ Киссинджер,
    /// Geneva ~ Женева), since a Russian spelling follows the sound, and either may be the sound.
    /// </summary>
    public static IReadOnlyList<string> Readings(string latin)
    {
        var keys = new List<string>(4);
        foreach (var (silentH, softG) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            if (Of(latin, silentH, softG) is { } key && !keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    private static string? Of(ReadOnlySpan<char> latin, bool silentH, bool softG)
    {
        if (latin.Length < MinimumClasses || latin.ContainsAnyExceptInRange('a', 'z'))
        {
            return null;
        }
        Span<char> key = stackalloc char[(latin.Length * 2) + 1];
        var length = 0;
        var afterVowel = false;
        var firstVowel = '\0';
        for (var i = 0; i < latin.Length;)
        {
            var (cls, n) = PhoneticKey.Classify(latin, i);
            var letter = latin[i];
            var next = i + n < latin.Length ? latin[i + n] : '\0';
            var silent = letter == 'h' && n == 1 && i > 0
                && (latin[i - 1] is 'b' or 'd' or 'r' || (silentH && afterVowel && next is not ('\0' or 'a' or 'e' or 'i' or 'o' or 'u' or 'y')));
            var vowel = cls is 'A' or 'I' or 'O' or 'J' || (letter == 'w' && afterVowel);
            i += n;
            if (silent)
            {
                continue;
            }
            if (vowel)
            {
                if (firstVowel == '\0' && cls is 'A' or 'I' or 'O')
                {
                    firstVowel = cls == 'I' ? 'I' : 'A';
                }
                afterVowel = true;
                continue;
            }
            afterVowel = false;
            cls = cls switch
            {
                'Z' or 'C' => 'S',
                'G' when softG && letter == 'g' && n == 1 && next is 'e' or 'i' or 'y' => 'S',
                'G' => 'X',
                _ => cls,
            };
            if (n == 1 && letter == 'x')
            {
                Append(key, ref length, 'K');
                cls = 'S';
            }
            Append(key, ref length, cls);
        }
        if (length < MinimumClasses)
        {
            return null;
        }
        return length == MinimumClasses && firstVowel != '\0'
            ? string.Concat([firstVowel], key[..length])
            : new string(key[..length]);

        static void Append(Span<char> key, ref int length, char cls)
        {
            if (length == 0 || key[length - 1] != cls)
            {
                key[length++] = cls;
            }
        }
    }
}
