using System.Globalization;
using Dossier.Core.Records;
using Dossier.Web.Searching;

namespace Dossier.Web.Documents;

/// <summary>
/// Cuts a layer's running text at its page starts and note anchors (UTF-16 offsets) and marks search
/// matches in between and in the notes (the index searches them too). Hits are numbered across the whole page so
/// prev/next links can chain them.
/// </summary>
public sealed class LayerLayout(WordMatcher matcher)
{
    public int Hits { get; private set; }

    public LayerView Lay(TextLayer layer, int index)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return Lay(layer, index, 0, (layer.Text ?? "").Length);
    }

    /// <summary>
    /// Lays out the part of the layer from <paramref name="from"/> up to <paramref name="to"/> (one bead of an
    /// aligned reading): page starts and note anchors in that range, text without trailing blank lines.
    /// </summary>
    public LayerView Lay(TextLayer layer, int index, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var whole = layer.Text ?? "";
        to = Math.Clamp(to, 0, whole.Length);
        from = Math.Clamp(from, 0, to);
        bool Inside(int offset) => offset >= from && (offset < to || (to == whole.Length && offset == to));
        var end = to;
        while (end > from && char.IsWhiteSpace(whole[end - 1]))
        {
            end--;
        }
        var text = whole[..end];
        var events = new List<(int Offset, int Order, object Item)>();
        var pages = layer.Pages.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var start = Math.Clamp(pages[i].Start, 0, whole.Length);
            if (Inside(start))
            {
                events.Add((Math.Clamp(start, from, end), 0, (pages[i], i)));
            }
        }
        var notes = new List<(string Label, string Anchor, string Back, string Text)>();
        for (var i = 0; i < layer.Notes.Count; i++)
        {
            var note = layer.Notes[i];
            var label = string.IsNullOrWhiteSpace(note.Label) ? (i + 1).ToString(CultureInfo.InvariantCulture) : note.Label;
            var anchor = string.Create(CultureInfo.InvariantCulture, $"note-{index}-{i + 1}");
            var back = string.Create(CultureInfo.InvariantCulture, $"noteref-{index}-{i + 1}");
            var noteAt = Math.Clamp(note.Anchor, 0, whole.Length);
            if (!Inside(noteAt))
            {
                continue;
            }
            notes.Add((label, anchor, back, note.Text));
            events.Add((Math.Clamp(noteAt, from, end), 1, new NoteReference(label, anchor, back)));
        }
        events.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));

        var pieces = new List<LayerPiece>();
        var at = from;
        foreach (var (offset, _, item) in events)
        {
            AddText(pieces, text[at..offset]);
            at = offset;
            if (item is ValueTuple<LayerPage, int> page)
            {
                var number = string.IsNullOrWhiteSpace(page.Item1.Number) ? null : page.Item1.Number.Trim();
                var anchor = string.Create(CultureInfo.InvariantCulture, $"l{index}-page-{page.Item2 + 1}");
                pieces.Add(new PageBreak(number, anchor, page.Item1.Marginalia, page.Item2 == 0 && offset == 0, MidWord(text, offset)));
            }
            else
            {
                pieces.Add((NoteReference)item);
            }
        }
        AddText(pieces, text[at..]);
        // The notes' matches are numbered after the text's, in the order the page shows them.
        var noteViews = new List<NoteView>(notes.Count);
        foreach (var (label, anchor, back, noteText) in notes)
        {
            var notePieces = new List<LayerPiece>();
            AddText(notePieces, noteText);
            noteViews.Add(new NoteView(label, anchor, back, notePieces));
        }
        return new LayerView { Index = index, Layer = layer, Pieces = pieces, Notes = noteViews };
    }

    /// <summary>True when the page turns inside a word ("слу|жит"), so the marker must not put space around itself.</summary>
    private static bool MidWord(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLetter(text[offset - 1]) && char.IsLetter(text[offset]);

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
