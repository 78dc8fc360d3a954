using Dossier.Core.Search;

namespace Dossier.Web.Searching;

/// <summary>Cuts a snippet into plain and matched pieces; the page encodes each piece and wraps matches in &lt;mark&gt;.</summary>
public static class HighlightedText
{
    public static IReadOnlyList<(string Text, bool Marked)> Split(string text, IReadOnlyList<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var pieces = new List<(string, bool)>();
        var at = 0;
        foreach (var h in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Max(h.Start, at);
            var end = Math.Min(h.Start + h.Length, text.Length);
            if (start >= end)
            {
                continue;
            }
            if (start > at)
            {
                pieces.Add((text[at..start], false));
            }
            pieces.Add((text[start..end], true));
            at = end;
        }
        if (at < text.Length)
        {
            pieces.Add((text[at..], false));
        }
        return pieces;
    }
}
