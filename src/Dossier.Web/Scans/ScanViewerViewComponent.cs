using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Scans;
using Dossier.Core.Search;
using Dossier.Web.Searching;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Scans;

/// <summary>
/// The scans of a document page, a page at a time (?page=N), beside the OCR text of that page. Arriving from a
/// search, it opens on the first page the terms are on and hands the matched words' boxes to the zoomable viewer.
/// </summary>
public sealed class ScanViewerViewComponent(PublicScans scans, SearchService search) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ArchiveRecord record, string? terms)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Scans is not { Count: > 0 } pages)
        {
            return Content("");
        }
        var cancellationToken = HttpContext.RequestAborted;
        var layer = record.Layers.FirstOrDefault(l => l.Provenance.Method == CaptureMethod.Ocr && l.Provenance.OcrEngine is not null && l.Pages.Count == pages.Count);
        var matcher = await MatcherAsync(record.Id, terms, cancellationToken).ConfigureAwait(false);
        var current = CurrentPage(pages, layer, matcher);
        var text = layer is null ? [] : Runs(PageText(layer, current), matcher);
        var boxes = new List<int[]>();
        if (layer is not null && !matcher.IsEmpty && scans.Library is not null
            && await scans.Library.ReadWordsAsync(pages[current].Sha256, layer.Lang, cancellationToken).ConfigureAwait(false) is { } read)
        {
            boxes.AddRange(read.Words.Where(w => matcher.Find(w.Text).Count > 0).Select(w => new[] { w.X, w.Y, w.Width, w.Height }));
        }
        return View(new ScanViewerModel { RecordId = record.Id, Scans = pages, Current = current, Layer = layer, Text = text, Boxes = boxes, Terms = terms });
    }

    private int CurrentPage(List<ScanPage> pages, TextLayer? layer, WordMatcher matcher)
    {
        if (int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            && pages.FindIndex(p => p.Number == asked) is var index and >= 0)
        {
            return index;
        }
        if (layer is not null && !matcher.IsEmpty)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (matcher.Find(PageText(layer, i)).Count > 0)
                {
                    return i;
                }
            }
        }
        return 0;
    }

    /// <summary>The query's words and what the index highlighted for this record (OCR misspellings it tolerated).</summary>
    private async Task<WordMatcher> MatcherAsync(string recordId, string? terms, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(terms) || terms.Length > 500)
        {
            return new WordMatcher([]);
        }
        var words = WordMatcher.WordsOf(terms).ToList();
        if (await search.MatchInRecordAsync(HttpContext, recordId, terms, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            words.AddRange(WordMatcher.HighlightedIn(hit.Snippets));
        }
        return new WordMatcher(words);
    }

    private static string PageText(TextLayer layer, int index)
    {
        var start = Math.Clamp(layer.Pages[index].Start, 0, layer.Text.Length);
        var end = index + 1 < layer.Pages.Count ? Math.Clamp(layer.Pages[index + 1].Start, start, layer.Text.Length) : layer.Text.Length;
        return layer.Text[start..end].Trim();
    }

    private static List<(string, bool)> Runs(string text, WordMatcher matcher)
    {
        var runs = new List<(string, bool)>();
        var at = 0;
        foreach (var hit in matcher.Find(text))
        {
            if (hit.Start > at)
            {
                runs.Add((text[at..hit.Start], false));
            }
            runs.Add((text.Substring(hit.Start, hit.Length), true));
            at = hit.Start + hit.Length;
        }
        if (at < text.Length)
        {
            runs.Add((text[at..], false));
        }
        return runs;
    }
}
