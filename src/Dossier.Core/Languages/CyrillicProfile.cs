namespace Dossier.Core.Languages;

/// <summary>
/// What marks one language written in Cyrillic: the letters it adds to the Russian alphabet, the Russian
/// letters it does without, and its most frequent short words and endings.
/// </summary>
internal sealed class CyrillicProfile
{
    public const string RussianAlphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    public CyrillicProfile(string tag, string extra, string missing, string words, string suffixes, string weakExtra = "", bool doubleVowels = false)
    {
        Tag = tag;
        DoubleVowels = doubleVowels;
        Extra = [.. extra];
        WeakExtra = [.. weakExtra];
        Missing = [.. missing];
        Words = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Suffixes = suffixes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public string Tag { get; }

    /// <summary>Letters beyond the Russian alphabet: strong evidence for the language.</summary>
    public HashSet<char> Extra { get; }

    /// <summary>Russian letters that stand for one of <see cref="Extra"/> in OCR garble (э for ә): weak evidence.</summary>
    public HashSet<char> WeakExtra { get; }

    /// <summary>Russian letters the language lacks outside loanwords.</summary>
    public HashSet<char> Missing { get; }

    public HashSet<string> Words { get; }

    /// <summary>Long vowels written double (Kyrgyz "уу", "ээ"), which no neighbouring language writes.</summary>
    public bool DoubleVowels { get; }

    public string[] Suffixes { get; }

    public bool Knows(char c) => Extra.Contains(c) || (RussianAlphabet.Contains(c, StringComparison.Ordinal) && !Missing.Contains(c));
}
