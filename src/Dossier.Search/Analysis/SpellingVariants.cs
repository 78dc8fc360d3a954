using System.Text;

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
        var sb = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            var next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            sb.Append(c == 'c' && next is not ('h' or 'e' or 'i' or 'y' or 'k' or 'z' or 's') ? 'k' : c);
        }
        if (sb.Length > 4 && (EndsWith(sb, "iya") || EndsWith(sb, "iia") || EndsWith(sb, "ija")))
        {
            sb.Length -= 3;
            sb.Append("ia");
        }
        else if (sb.Length > 4 && (EndsWith(sb, "iy") || EndsWith(sb, "ii") || EndsWith(sb, "yi")))
        {
            sb.Length -= 2;
            sb.Append('i');
        }
        return sb.ToString();
    }

    private static bool NeedsFolding(string latin) =>
        latin.Contains('c', StringComparison.Ordinal) || latin.EndsWith("ya", StringComparison.Ordinal) || latin.EndsWith("ia", StringComparison.Ordinal)
        || latin.EndsWith("ja", StringComparison.Ordinal) || latin.EndsWith("iy", StringComparison.Ordinal) || latin.EndsWith("ii", StringComparison.Ordinal)
        || latin.EndsWith("yi", StringComparison.Ordinal);

    private static bool EndsWith(StringBuilder sb, string suffix)
    {
        if (sb.Length < suffix.Length)
        {
            return false;
        }
        for (var i = 0; i < suffix.Length; i++)
        {
            if (sb[sb.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }
        return true;
    }
}
