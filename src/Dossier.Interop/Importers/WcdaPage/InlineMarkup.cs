using System.Net;
using System.Text.RegularExpressions;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Inline Markdown and HTML of the export turned into meaning: a superscript number is a sheet number,
/// a superscript word is a correction written above the line, struck text is a deletion; every other tag
/// is dropped and entities are decoded, so no markup reaches the running text.
/// </summary>
internal static partial class InlineMarkup
{
    /// <summary>Plain text for a head field: tags dropped, entities decoded, emphasis removed.</summary>
    public static string ToPlainText(string text)
    {
        var plain = SupPattern().Replace(text, m => m.Groups["text"].Value);
        plain = StrikePattern().Replace(plain, m => m.Groups["text"].Value);
        return Clean(plain);
    }

    /// <summary>The running text of a body line, and what stood above or across it.</summary>
    public static string Extract(string line, List<InlineMark> marks)
    {
        var withoutSup = SupPattern().Replace(line, m =>
        {
            var inner = Clean(m.Groups["text"].Value);
            if (inner.Length > 0)
            {
                marks.Add(new InlineMark(PageMarks.IsSheetNumber(inner) ? InlineMarkKind.SheetNumber : InlineMarkKind.Correction, inner));
            }
            return " ";
        });
        var withoutStrike = StrikePattern().Replace(withoutSup, m =>
        {
            var inner = Clean(m.Groups["text"].Value);
            if (inner.Length > 0)
            {
                marks.Add(new InlineMark(InlineMarkKind.Deletion, inner));
            }
            return " ";
        });
        return Clean(withoutStrike);
    }

    private static string Clean(string text)
    {
        var noTags = TagPattern().Replace(text, " ");
        var noEmphasis = noTags.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var unescaped = EscapePattern().Replace(noEmphasis, "$1");
        var decoded = WebUtility.HtmlDecode(unescaped).Replace('\u00A0', ' ');
        return SpacePattern().Replace(decoded, " ").Trim();
    }

    [GeneratedRegex(@"<sup>(?<text>.*?)</sup>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SupPattern();

    [GeneratedRegex(@"~~(?<text>.+?)~~", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StrikePattern();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>~|])", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EscapePattern();

    [GeneratedRegex(@"[ \t]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SpacePattern();
}
