namespace Dossier.Search.Analysis;

/// <summary>
/// Spelling rules that English, German and French writers and the romanization standards apply differently to one
/// name or word, folded to one form in the <c>latn</c> field (index and query alike, so both sides meet):
/// c before a, o, u, a consonant other than h, or at the end is k (Cuba and Куба → kuba, Kruschev ~ Khrushchev's
/// other letters are left to the skeleton key); -iya/-iia/-ija at a word's end is -ia (Beriya, Берия → beria);
/// -iy/-ii/-yi at a word's end is -i (Vasiliy, Vasilii → vasili). The exact field keeps every word as written,
/// so an exact form still ranks above these folded ones.
/// </summary>
internal static class SpellingVariants
{
    public static string Fold(string latin)
    {
        if (latin.Length < 3 || !NeedsFolding(latin))
        {
            return latin;
        }
        var folded = latin.ToCharArray();
        return new string(folded, 0, FoldInPlace(folded));
    }

    /// <summary>
    /// <see cref="Fold"/>'s rules applied to a folded Latin word where it stands (none makes a word longer); returns its
    /// new length.
    /// </summary>
    public static int FoldInPlace(Span<char> latin) => FoldInPlace(latin, out _);

    /// <summary><see cref="FoldInPlace(Span{char})"/>, saying whether a rule changed the word.</summary>
    public static int FoldInPlace(Span<char> latin, out bool changed)
    {
        var length = latin.Length;
        changed = false;
        if (length < 3)
        {
            return length;
        }
        for (var i = 0; i < length; i++)
        {
            var next = i + 1 < length ? latin[i + 1] : '\0';
            if (latin[i] == 'c' && next is not ('h' or 'e' or 'i' or 'y' or 'k' or 'z' or 's'))
            {
                latin[i] = 'k';
                changed = true;
            }
        }
        if (length > 4 && (latin.EndsWith("iya") || latin.EndsWith("iia") || latin.EndsWith("ija")))
        {
            latin[length - 2] = 'a';
            changed = true;
            return length - 1;
        }
        if (length > 4 && (latin.EndsWith("iy") || latin.EndsWith("ii") || latin.EndsWith("yi")))
        {
            latin[length - 2] = 'i';
            changed = true;
            return length - 1;
        }
        return length;
    }

    private static bool NeedsFolding(string latin) =>
        latin.Contains('c', StringComparison.Ordinal) || latin.EndsWith("ya", StringComparison.Ordinal) || latin.EndsWith("ia", StringComparison.Ordinal)
        || latin.EndsWith("ja", StringComparison.Ordinal) || latin.EndsWith("iy", StringComparison.Ordinal) || latin.EndsWith("ii", StringComparison.Ordinal)
        || latin.EndsWith("yi", StringComparison.Ordinal);
}
