using System.Globalization;
using Dossier.Core.Records;
using Dossier.Web.Searching;

namespace Dossier.Web.Documents;

/// <summary>
/// Cuts a layer's running text at its page starts and note anchors (UTF-16 offsets) and marks search
/// matches in between. Hits are numbered across the whole page so prev/next links can chain them.
/// </summary>
public sealed class LayerLayout(WordMatcher matcher)
{
    public int Hits { get; private set; }

    public LayerView Lay(TextLayer layer, int index)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var text = layer.Text ?? "";
        var events = new List<(int Offset, int Order, object Item)>();
        var pages = layer.Pages.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            events.Add((Math.Clamp(pages[i].Start, 0, text.Length), 0, (pages[i], i)));
        }
        var notes = new List<(string, string, string, string)>();
        for (var i = 0; i < layer.Notes.Count; i++)
        {
            var note = layer.Notes[i];
            var label = string.IsNullOrWhiteSpace(note.Label) ? (i + 1).ToString(CultureInfo.InvariantCulture) : note.Label;
            var anchor = string.Create(CultureInfo.InvariantCulture, $"note-{index}-{i + 1}");
            var back = string.Create(CultureInfo.InvariantCulture, $"noteref-{index}-{i + 1}");
            notes.Add((label, anchor, back, note.Text));
            events.Add((Math.Clamp(note.Anchor, 0, text.Length), 1, new NoteReference(label, anchor, back)));
        }
        events.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));

        var pieces = new List<LayerPiece>();
        var at = 0;
        foreach (var (offset, _, item) in events)
        {
            AddText(pieces, text[at..offset]);
            at = offset;
            if (item is ValueTuple<LayerPage, int> page)
            {
                var number = string.IsNullOrWhiteSpace(page.Item1.Number) ? null : page.Item1.Number.Trim();
                var anchor = string.Create(CultureInfo.InvariantCulture, $"l{index}-page-{page.Item2 + 1}");
                pieces.Add(new PageBreak(number, anchor, page.Item1.Marginalia, page.Item2 == 0 && offset == 0));
            }
            else
            {
                pieces.Add((NoteReference)item);
            }
        }
        AddText(pieces, text[at..]);
        return new LayerView { Index = index, Layer = layer, Pieces = pieces, Notes = notes };
    }

    private void AddText(List<LayerPiece> pieces, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        var at = 0;
        foreach (var found in matcher.Find(text))
        {
            if (found.Start > at)
            {
                pieces.Add(new TextRun(text[at..found.Start]));
            }
            pieces.Add(new TextRun(text.Substring(found.Start, found.Length), ++Hits));
            at = found.Start + found.Length;
        }
        if (at < text.Length)
        {
            pieces.Add(new TextRun(text[at..]));
        }
    }
}
