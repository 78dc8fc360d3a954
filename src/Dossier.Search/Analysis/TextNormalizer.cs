using System.Globalization;
using System.Text;

namespace Dossier.Search.Analysis;

/// <summary>
/// The normalization every field starts from, done in place on a term buffer: Unicode NFC, case folding
/// (Turkic İ/ı only for Azerbaijani and Turkish), ё/ë → е/e, typographic apostrophes → ', hyphen variants → -,
/// soft hyphen and zero-width characters removed.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Characters that may sit inside a word but carry nothing (soft hyphen, zero-width, BOM, CGJ).</summary>
    public static bool IsIgnorable(char c) =>
        c is '\u00AD' or '\u034F' or '\u180E' or (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF';

    public static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`' or '\u02B9' or '\u2032' or '\u00B4';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Normalizes <paramref name="buffer"/>[0..length) in place (NFC may reallocate) and returns the new length.</summary>
    public static int Normalize(ref char[] buffer, int length, bool turkic)
    {
        if (NeedsComposition(buffer, length))
        {
            string composed;
            try
            {
                composed = new string(buffer, 0, length).Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                composed = new string(buffer, 0, length); // ill-formed UTF-16 cannot be normalized; keep it as is
            }

            if (composed.Length > buffer.Length)
            {
                buffer = new char[composed.Length];
            }

            composed.CopyTo(0, buffer, 0, composed.Length);
            length = composed.Length;
        }

        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var c = buffer[r];
            if (c < 0x80)
            {
                buffer[w++] = c is >= 'A' and <= 'Z' ? (turkic && c == 'I' ? 'ı' : (char)(c + 32)) : (c == '`' ? '\'' : c);
                continue;
            }

            if (IsIgnorable(c))
            {
                continue;
            }

            buffer[w++] = c switch
            {
                _ when IsApostrophe(c) => '\'',
                '\u2010' or '\u2011' => '-',
                'İ' => 'i',
                'ё' or 'Ё' => 'е',
                'ë' or 'Ë' => 'e',
                'ς' => 'σ',
                _ => char.IsSurrogate(c) ? c : char.ToLowerInvariant(c),
            };
        }

        return w;
    }

    private static bool NeedsComposition(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= '\u0300' && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                return true;
            }

            if (c >= '\u1100' && c <= '\u11FF')
            {
                return true; // conjoining Hangul jamo compose too
            }
        }

        return false;
    }
}
