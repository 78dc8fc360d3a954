using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// Reads a Wilson Center style citation: "Title", date, publishing archive, archival reference (any repository:
/// see <see cref="ReferenceParser"/>), then the credits ("Contributed by X and translated by Y"). A scanner, not a
/// regular expression: time is linear in the text, and text over <see cref="ImportLimits.MaxDescriptionLength"/>
/// is refused.
/// </summary>
public static class CitationParser
{
    private static readonly string[] ArchiveEndings = ["Digital Archive", "Archives", "Archive", "Library"];

    public static ParsedCitation Parse(string? citation) => Parse(citation, ImportLimits.Default);

    /// <exception cref="CitationTooLongException">the citation is longer than the limit for descriptions.</exception>
    public static ParsedCitation Parse(string? citation, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var result = new ParsedCitation();
        if (string.IsNullOrWhiteSpace(citation))
        {
            return result;
        }
        Check(citation, limits);
        var text = ReferenceText.Collapse(citation);
        var rest = text[TitleEnd(text)..];
        var segments = 0;
        var archiveEnd = 0;
        // The publishing archive is the first part that ends like an archive's name ("Wilson Center Digital Archive").
        for (var start = 0; start < rest.Length && segments < 8; segments++)
        {
            var comma = rest.IndexOf(',', start);
            var end = comma < 0 ? rest.Length : comma;
            var part = rest[start..end].Trim().TrimEnd('.');
            if (part.Length > 0 && char.IsUpper(part[0]) && ArchiveEndings.Any(e => part.EndsWith(e, StringComparison.Ordinal)))
            {
                result.Archive = part;
                archiveEnd = Math.Min(rest.Length, end + 1);
                break;
            }
            start = end + 1;
        }
        ReadSource(rest, archiveEnd, result);
        return result;
    }

    /// <summary>A source note without title, date or archive: "BArch, B 136/59748, 403-410. Contributed … by Stephan Kieninger."</summary>
    public static ParsedCitation ParseSource(string? source, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var result = new ParsedCitation();
        if (string.IsNullOrWhiteSpace(source))
        {
            return result;
        }
        Check(source, limits);
        ReadSource(ReferenceText.Collapse(source), 0, result);
        return result;
    }

    private static void Check(string text, ImportLimits limits)
    {
        if (text.Length > limits.MaxDescriptionLength)
        {
            throw new CitationTooLongException(text.Length, limits.MaxDescriptionLength);
        }
    }

    private static void ReadSource(string text, int from, ParsedCitation result)
    {
        var credits = CreditParser.Start(text, from);
        var reference = (credits < 0 ? text[from..] : text[from..credits]).Trim(' ', ',', '.');
        result.Reference = reference.Length == 0 ? new ArchivalReference() : ReferenceParser.Parse(reference);
        if (credits >= 0)
        {
            CreditParser.Read(text[credits..], result.Contributors);
        }
    }

    // "Title", … or “Title”, …: the title ends at the first closing quotation mark followed by a comma.
    private static int TitleEnd(string text)
    {
        if (text.Length == 0 || text[0] is not ('"' or '\u201C'))
        {
            return 0;
        }
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '"' or '\u201D' && text[i + 1] == ',')
            {
                return Math.Min(text.Length, i + 2);
            }
        }
        var close = text.IndexOfAny(['"', '\u201D'], 1);
        return close < 0 ? 0 : close + 1;
    }
}
