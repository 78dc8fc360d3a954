using System.Text.RegularExpressions;

namespace Dossier.Core.Alignment;

/// <summary>
/// A layer's paragraphs: runs of text between blank lines (the importers separate paragraphs with "\n\n").
/// Alignment indexes count these, so the aligner, the reading room and the API must all cut text here.
/// </summary>
public static partial class Paragraphs
{
    /// <summary>Start offset and length (UTF-16 code units, trimmed) of each non-blank paragraph of <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> Of(string? text)
    {
        var spans = new List<(int, int)>();
        if (string.IsNullOrEmpty(text))
        {
            return spans;
        }
        var at = 0;
        foreach (var separator in BlankLine().EnumerateMatches(text))
        {
            Add(spans, text, at, separator.Index);
            at = separator.Index + separator.Length;
        }
        Add(spans, text, at, text.Length);
        return spans;
    }

    /// <summary>The paragraphs' texts, in order.</summary>
    public static IReadOnlyList<string> TextsOf(string? text) =>
        Of(text).Select(p => text!.Substring(p.Start, p.Length)).ToList();

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }

    [GeneratedRegex(@"\n[ \t\r\f\v]*\n\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLine();
}
