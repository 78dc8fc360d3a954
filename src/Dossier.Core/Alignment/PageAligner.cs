using Dossier.Core.Records;

namespace Dossier.Core.Alignment;

/// <summary>
/// Aligns two layers page by page when both carry the same printed page numbers in the same order (a
/// transcription and a translation that mark the original's sheets): each page's paragraphs are aligned by
/// <see cref="ParagraphAligner"/> with the other layer's same page, so no bead crosses a page, and an error on one
/// page cannot shift the pages after it. A paragraph belongs to the page on which it starts.
/// </summary>
public static class PageAligner
{
    public const string MethodName = ParagraphAligner.MethodName + "-by-page";

    /// <summary>The beads page by page, or null when the two layers' pages do not correspond (then align the whole text).</summary>
    public static IReadOnlyList<AlignedSpan>? Align(TextLayer source, TextLayer target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (!Correspond(source.Pages, target.Pages))
        {
            return null;
        }
        var sourcePages = ByPage(source);
        var targetPages = ByPage(target);
        var spans = new List<AlignedSpan>();
        int sourceAt = 0, targetAt = 0;
        for (var page = 0; page < sourcePages.Count; page++)
        {
            foreach (var span in ParagraphAligner.Align(sourcePages[page], targetPages[page], source.Lang, target.Lang))
            {
                span.SourceStart += sourceAt;
                span.TargetStart += targetAt;
                spans.Add(span);
            }
            sourceAt += sourcePages[page].Count;
            targetAt += targetPages[page].Count;
        }
        return spans;
    }

    private static bool Correspond(List<LayerPage>? source, List<LayerPage>? target) =>
        source is { Count: >= 2 } && target is { Count: >= 2 } && source.Count == target.Count
        && source.Zip(target).All(p => p.First.Number is { Length: > 0 } number && string.Equals(number, p.Second.Number, StringComparison.Ordinal));

    /// <summary>The layer's paragraphs grouped by the page they start on; paragraphs before the first page go with it.</summary>
    private static List<List<string>> ByPage(TextLayer layer)
    {
        var pages = layer.Pages!;
        var groups = pages.Select(_ => new List<string>()).ToList();
        var page = 0;
        foreach (var (start, length) in Paragraphs.Of(layer.Text))
        {
            while (page + 1 < pages.Count && pages[page + 1].Start <= start)
            {
                page++;
            }
            groups[page].Add(layer.Text!.Substring(start, length));
        }
        return groups;
    }
}
