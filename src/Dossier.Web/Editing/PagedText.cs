using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Records;

namespace Dossier.Web.Editing;

/// <summary>
/// A text layer as one editable text: each page starts with a marker line <c>--- page 7 ---</c> (<c>--- page ---</c>
/// for a page without a printed number), so an editor moves page breaks by moving lines. Marginalia stay with
/// their page number; notes keep their offsets, held inside the text.
/// </summary>
public static partial class PagedText
{
    public static string Format(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Pages.Count == 0)
        {
            return layer.Text;
        }
        var text = new StringBuilder();
        var at = 0;
        foreach (var page in layer.Pages.OrderBy(p => p.Start))
        {
            var start = Math.Clamp(page.Start, at, layer.Text.Length);
            text.Append(layer.Text, at, start - at);
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }
            text.Append(Marker(page.Number)).Append('\n');
            at = start;
        }
        text.Append(layer.Text, at, layer.Text.Length - at);
        return text.ToString();
    }

    /// <summary>Sets <paramref name="layer"/>'s text and pages from <paramref name="edited"/>; marginalia follow page numbers, else page order.</summary>
    public static void Apply(TextLayer layer, string edited)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(edited);
        var old = layer.Pages;
        var text = new StringBuilder(edited.Length);
        var pages = new List<LayerPage>();
        foreach (var line in edited.ReplaceLineEndings("\n").Split('\n'))
        {
            var marker = MarkerLine().Match(line);
            if (marker.Success)
            {
                var number = marker.Groups[1].Value.Trim();
                pages.Add(new LayerPage { Start = text.Length, Number = number.Length == 0 ? null : number });
                continue;
            }
            text.Append(line).Append('\n');
        }
        if (text.Length > 0)
        {
            text.Length--;
        }
        for (var i = 0; i < pages.Count; i++)
        {
            var match = old.FirstOrDefault(p => p.Number is not null && string.Equals(p.Number, pages[i].Number, StringComparison.Ordinal))
                ?? (pages[i].Number is null && i < old.Count ? old[i] : null);
            pages[i].Marginalia = match?.Marginalia ?? [];
            pages[i].Start = Math.Min(pages[i].Start, text.Length);
        }
        layer.Text = text.ToString();
        layer.Pages = pages;
        foreach (var note in layer.Notes)
        {
            note.Anchor = Math.Min(note.Anchor, layer.Text.Length);
        }
    }

    private static string Marker(string? number) => string.IsNullOrEmpty(number) ? "--- page ---" : "--- page " + number + " ---";

    [GeneratedRegex(@"^---\s*page\b(.*?)---\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerLine();
}
