using System.Globalization;

namespace Dossier.Interop.Importers;

/// <summary>
/// The archive's one policy on code points, the same in every format: NUL, a lone surrogate and the Unicode
/// noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane, Unicode §23.7) are refused with the line
/// they stand on. They carry no text, and Unicode normalization refuses them later with no line at all.
/// </summary>
internal static class UnicodeText
{
    /// <summary>The index of the first forbidden UTF-16 code unit of <paramref name="text"/>, or null.</summary>
    public static int? FirstForbidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800' && c != '\0' && (c < '\uFDD0' || c > '\uFDEF'))
            {
                continue;
            }
            if (c == '\0' || (c >= '\uFDD0' && c <= '\uFDEF'))
            {
                return i;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return i;
                }
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c) || c >= '\uFFFE')
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>"holds U+FFFE, a noncharacter (at character 12)", for an error message.</summary>
    public static string Describe(ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        var position = (at + 1).ToString(CultureInfo.InvariantCulture);
        if (c == '\0')
        {
            return $"holds a NUL character (at character {position}): the text is binary";
        }
        if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])))
        {
            return $"holds a lone surrogate U+{(int)c:X4} (at character {position}), not a character";
        }
        var scalar = char.IsHighSurrogate(c) ? char.ConvertToUtf32(c, text[at + 1]) : c;
        return $"holds U+{scalar:X4}, a Unicode noncharacter (at character {position})";
    }

    /// <summary>The 1-based line of <paramref name="at"/> in <paramref name="text"/> (lines end at "\n").</summary>
    public static int LineOf(ReadOnlySpan<char> text, int at) => 1 + text[..at].Count('\n');
}
