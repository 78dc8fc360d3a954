using System.Text.RegularExpressions;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Recognises what stands on a scanned page beside the running text: page and sheet numbers ("120", "4.",
/// "-2-"), archive stamps and shelf marks ("№ 3", "1.1лк", "2/1115520", "КПСС … 5754"), and OCR debris
/// of a neighbouring column (runs of lines of one to a few letters).
/// </summary>
internal static partial class PageMarks
{
    private const int DebrisLineLength = 7;

    public static bool IsSheetNumber(string text) => SheetNumberPattern().IsMatch(text.Trim());

    /// <summary>The page number a line stands for ("120", "4." → "4", "-2-" → "2"), or null.</summary>
    public static string? PageNumber(string line)
    {
        var m = PageNumberPattern().Match(line.Trim());
        return m.Success ? m.Groups["n"].Value : null;
    }

    /// <summary>A line that is an archive stamp, a shelf mark or a registration number.</summary>
    public static bool IsStampLine(string line)
    {
        var s = line.Trim();
        return s.Length > 0 && (StampLinePattern().IsMatch(s) || ArchiveAbbreviationPattern().IsMatch(s));
    }

    /// <summary>A block of short lines with an archive's numbers or abbreviations: a stamp OCR read line by line.</summary>
    public static bool IsStampBlock(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines.Count > 10 || lines.Any(l => l.Trim().Length > 22))
        {
            return false;
        }
        var joined = string.Join(' ', lines.Select(l => l.Trim()));
        return lines.All(l => IsStampLine(l) || l.Trim().Length <= 12) && (ArchiveAbbreviationPattern().IsMatch(joined) || lines.All(IsStampLine));
    }

    /// <summary>At least three lines, nearly all of a few letters: the cut-off edge of a neighbouring column.</summary>
    public static bool IsDebrisBlock(IReadOnlyList<string> lines)
    {
        if (lines.Count < 3)
        {
            return false;
        }
        var lengths = lines.Select(l => l.Trim().Length).Order().ToList();
        return lengths[lengths.Count / 2] <= 5 && lengths[^1] <= 10 || lengths.Count(n => n <= DebrisLineLength) >= lengths.Count * 0.9;
    }

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SheetNumberPattern();

    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\.?|-\s*(?<n>\d{1,3})\s*-|<sup>(?<n>\d{1,4})</sup>)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageNumberPattern();

    // "№ 3", "5X", "17105", "2/1115520", "1.1лк", "1.1lk": registration numbers and shelf marks, never prose.
    [GeneratedRegex(@"^(?:№\s*\d+[\p{L}\d/.-]*|\d{4,}|\d+\p{Lu}{1,2}|\d+/\d+|\d+(?:\.\d+)+\s*\p{Ll}{1,3}|\d+[\s\d/.-]*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StampLinePattern();

    [GeneratedRegex(@"\b(?:КПСС|ЦК КПСС|ЦПА|ИМЛ|РГАНИ|ГАРФ|РГАСПИ)\b|\.?хр\.\s*\d+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ArchiveAbbreviationPattern();
}
