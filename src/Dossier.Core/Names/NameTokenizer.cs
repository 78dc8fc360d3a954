using System.Globalization;

namespace Dossier.Core.Names;

/// <summary>
/// Splits a text layer into words for name recognition: letters with inner hyphens and apostrophes
/// ("Hadji-zade-Salimi", "O'Brien"), an English possessive left out of the word ("Pischevari's" → "Pischevari").
/// A word after a title abbreviation ("Cde.", "тов.", "гор.") or an initial does not open a sentence.
/// </summary>
public static class NameTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "cde", "mr", "mrs", "ms", "dr", "gen", "adm", "col", "lt", "capt", "st", "gov", "sen", "amb", "prof", "messrs", "no", "nos",
        "тов", "гор", "г", "ул", "пер", "им", "ген", "др", "проф", "т", "д", "с", "ст", "акад", "см",
    };

    public static List<NameToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NameToken>(text.Length / 6);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or ':' || (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    sentenceStart = c != '.' || !AfterAbbreviation(text, i, tokens);
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                // "anti-Khrushchev": a name after a lower-case prefix is a word of its own.
                if (IsJoiner(text[i]) && char.IsLower(text[start]) && char.IsUpper(text[i + 1]))
                {
                    break;
                }
                i++;
            }
            var length = i - start;
            // "Pischevari's", "Kennedy’s": the possessive is not part of the name.
            if (length > 3 && (text[start + length - 2] is '\'' or '’') && text[start + length - 1] is 's' or 'S')
            {
                length -= 2;
            }
            var first = text[start];
            tokens.Add(new NameToken(start, length, char.IsUpper(first), sentenceStart, first is >= '\u0400' and <= '\u04FF'));
            sentenceStart = false;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '\u2010' or '\u2011';

    // "Cde. Khrushchev", "N. S. Khrushchev", "гор. Баку": the full stop ends an abbreviation, not a sentence.
    private static bool AfterAbbreviation(string text, int dot, List<NameToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }
        var last = tokens[^1];
        if (last.Start + last.Length != dot)
        {
            return false;
        }
        return last.Length == 1 || Abbreviations.Contains(text.Substring(last.Start, last.Length));
    }
}
