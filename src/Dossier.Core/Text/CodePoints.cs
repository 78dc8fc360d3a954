using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dossier.Core.Text;

/// <summary>
/// The archive's one rule on code points that carry no text: NUL, an unpaired surrogate and the Unicode
/// noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane, Unicode §23.7). Imports refuse them with
/// the line they stand on; whatever a visitor types has them replaced by U+FFFD, because .NET's Unicode
/// normalization throws on them and a query must never fail for its bytes.
/// </summary>
public static class CodePoints
{
    /// <summary>The index of the first forbidden UTF-16 code unit of <paramref name="text"/>, or null.</summary>
    public static int? FirstForbidden(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            // Every code unit from U+0001 to U+D7FF is a whole code point and allowed: those are skipped many at a time,
            // and only what lies above them (a surrogate, U+E000–U+FFFF) or is NUL is decoded.
            var past = text[at..].IndexOfAnyExceptInRange('\u0001', '\uD7FF');
            if (past < 0)
            {
                return null;
            }
            at += past;
            var status = Rune.DecodeFromUtf16(text[at..], out var rune, out var used);
            if (status != OperationStatus.Done || IsForbidden(rune.Value))
            {
                return at;
            }
            at += used;
        }
        return null;
    }

    /// <summary><paramref name="text"/> with every forbidden code point replaced by U+FFFD; the same string when none is.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FirstForbidden(text) is not { } first)
        {
            return text;
        }
        var cleaned = new StringBuilder(text.Length).Append(text, 0, first);
        var at = first;
        while (at < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out var used);
            if (status != OperationStatus.Done || IsForbidden(rune.Value))
            {
                cleaned.Append('\uFFFD');
            }
            else
            {
                cleaned.Append(text, at, used);
            }
            at += Math.Max(1, used);
        }
        return cleaned.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode normalization form C after <see cref="Clean"/>: what every normalization of
    /// text a visitor or an import may hold goes through, since <see cref="string.Normalize()"/> throws on a forbidden code point.
    /// </summary>
    public static string Compose(string text)
    {
        var cleaned = Clean(text);
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>"holds U+FFFE, a Unicode noncharacter (at character 12)", for an error message about <see cref="FirstForbidden"/>'s answer.</summary>
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

    /// <summary>Whether the text holds a letter of the basic Cyrillic block (Russian, Ukrainian, Azerbaijani Cyrillic…).</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The 1-based line of <paramref name="at"/> in <paramref name="text"/> (lines end at "\n").</summary>
    public static int LineOf(ReadOnlySpan<char> text, int at) => 1 + text[..at].Count('\n');

    private static bool IsForbidden(int value) => value == 0 || value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
