using System.Text;

namespace Dossier.Core.Citations;

/// <summary>
/// Straight quotation marks and apostrophes made typographic, as CSL processors print them: an apostrophe becomes
/// ’, and quoted words take the outer marks (“ ”) or, inside a quoted title, the inner ones (‘ ’).
/// </summary>
internal static class Typography
{
    public static string Quotes(string text, bool nested)
    {
        var (open, close) = nested ? ('\u2018', '\u2019') : ('\u201C', '\u201D');
        var result = new StringBuilder(text.Length);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\'' or '"'))
            {
                result.Append(c);
                continue;
            }
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c == '\'' && char.IsLetterOrDigit(before) && char.IsLetter(after))
            {
                result.Append('\u2019');
            }
            else if ((char.IsWhiteSpace(before) || before is '(' or '[' || i == 0) && !char.IsWhiteSpace(after))
            {
                result.Append(open);
                depth++;
            }
            else if (depth > 0)
            {
                result.Append(close);
                depth--;
            }
            else
            {
                result.Append(c == '\'' ? '\u2019' : c);
            }
        }
        return result.ToString();
    }
}
