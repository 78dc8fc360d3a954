using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.Iiif;

/// <summary>
/// Cuts a record's layers into pages for canvases. Layers are aligned page by page in reading order (an original
/// and its translation have the same pages); a layer without pages is placed whole on the first canvas. A record
/// none of whose layers has pages is one canvas.
/// </summary>
internal static class CanvasPages
{
    public static IReadOnlyList<CanvasPage> Of(ArchiveRecord record)
    {
        var count = record.Layers.Count == 0 ? 0 : record.Layers.Max(l => l.Pages.Count);
        // Every scanned page is a canvas, even where no layer has text for it yet.
        count = Math.Max(count, record.Scans?.Count ?? 0);
        if (count == 0)
        {
            return [new CanvasPage("Document", record.Layers.Select((l, i) => (i, l.Text)).Where(t => t.Text.Length > 0).ToList())];
        }
        var pages = new List<CanvasPage>(count);
        for (var p = 0; p < count; p++)
        {
            var texts = new List<(int, string)>();
            string? number = null;
            for (var i = 0; i < record.Layers.Count; i++)
            {
                var layer = record.Layers[i];
                if (layer.Pages.Count == 0)
                {
                    if (p == 0 && layer.Text.Length > 0)
                    {
                        texts.Add((i, layer.Text));
                    }
                    continue;
                }
                if (p >= layer.Pages.Count)
                {
                    continue;
                }
                number ??= layer.Pages[p].Number;
                var text = Slice(layer, p);
                if (text.Length > 0)
                {
                    texts.Add((i, text));
                }
            }
            pages.Add(new CanvasPage(number is { Length: > 0 } ? "p. " + number : "Page " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), texts));
        }
        return pages;
    }

    private static string Slice(TextLayer layer, int page)
    {
        var start = Math.Clamp(layer.Pages[page].Start, 0, layer.Text.Length);
        var end = page + 1 < layer.Pages.Count ? Math.Clamp(layer.Pages[page + 1].Start, start, layer.Text.Length) : layer.Text.Length;
        return layer.Text[start..end].Trim();
    }
}
