using System.Text;

namespace Dossier.Interop.Exporters.DublinCore;

/// <summary>
/// Imported text as XML 1.0 allows it: characters outside the Char production (control characters, lone
/// surrogates, U+FFFE/U+FFFF) are dropped, so untrusted text can never make a writer throw halfway through a response.
/// </summary>
internal static class XmlChars
{
    /// <summary>True when every character of <paramref name="text"/> may stand in XML 1.0.</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i, out var width))
            {
                return false;
            }
            i += width - 1;
        }
        return true;
    }

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsAllowed(text, i, out var width))
            {
                kept.Append(text, i, width);
            }
            i += width - 1;
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAllowed(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }
            return false;
        }
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
