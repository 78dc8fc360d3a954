using System.Text;

namespace Dossier.Interop.Importers.Citations;

/// <summary>Linear scanning helpers for printed references: no regular expression, no backtracking.</summary>
internal static class ReferenceText
{
    // Words after which a period does not end a sentence: the labels of archival references and initials.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "f", "op", "d", "l", "ll", "ff", "fol", "fols", "p", "pp", "k", "vol", "Vol", "No", "Nos", "no", "nos",
        "sygn", "t", "Bd", "S", "ő.e", "e", "Dr", "Mr", "Mrs", "St", "Jr", "U.S", "U.K", "Cde",
    };

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>True when the period at <paramref name="dot"/> ends a sentence: a capital, digit or bracket follows after a space, and the word before is no label or initial.</summary>
    public static bool EndsSentence(string text, int dot)
    {
        if (dot + 1 < text.Length && (text[dot + 1] != ' ' || dot + 2 >= text.Length || !(char.IsUpper(text[dot + 2]) || text[dot + 2] == '(' || text[dot + 2] == '[')))
        {
            return false;
        }
        var start = dot;
        while (start > 0 && text[start - 1] != ' ' && dot - start < 12)
        {
            start--;
        }
        var word = text[start..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        return !Abbreviations.Contains(word);
    }

    /// <summary>Splits at ", " outside brackets and quotation marks.</summary>
    public static List<string> Segments(string text)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    segments.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        segments.Add(text[start..].Trim());
        segments.RemoveAll(s => s.Length == 0);
        return segments;
    }

    /// <summary>Digits with hyphens, dashes, commas and spaces between them: "376-385", "118–121", "33, 35".</summary>
    public static bool IsPageRange(string text)
    {
        if (text.Length == 0 || !char.IsDigit(text[0]) || !char.IsDigit(text[^1]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsDigit(c) || c is '-' or '–' or ',' or ' ' or 'r' or 'v'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Letters, a space and a number, then "/" and a number: "B 136/59748", "FO 371/135456".</summary>
    public static bool IsSlashedShelfmark(string text, out int slash)
    {
        slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1 || !char.IsUpper(text[0]) || !text[(slash + 1)..].All(char.IsLetterOrDigit))
        {
            return false;
        }
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && space < slash
            && text[..space].All(char.IsLetter)
            && text[(space + 1)..slash].All(char.IsLetterOrDigit);
    }

    /// <summary>Numbers joined by hyphens: "109-01094-01" (a Chinese record group, file and item).</summary>
    public static bool IsHyphenatedShelfmark(string text, out string[] parts)
    {
        parts = text.Split('-');
        return parts.Length is 2 or 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
