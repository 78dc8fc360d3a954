using System.Globalization;
using Dossier.Core.Alignment;
using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>
/// Lays out two layers bead by bead from the alignment stored with the record, so that Russian ¶ n stands level
/// with English ¶ n. Each bead's slice runs from its first paragraph up to the next bead's, so page breaks and
/// note anchors between paragraphs are kept; hits are numbered in reading order, row by row.
/// </summary>
public static class AlignedReading
{
    /// <summary>The stored alignment of the two layers, in either direction; null when the record has none.</summary>
    public static (TextAlignment Alignment, bool Swapped)? Find(ArchiveRecord record, int left, int right)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var alignment in record.Alignments ?? [])
        {
            if (alignment.SourceLayer == left && alignment.TargetLayer == right)
            {
                return (alignment, false);
            }
            if (alignment.SourceLayer == right && alignment.TargetLayer == left)
            {
                return (alignment, true);
            }
        }
        return null;
    }

    public static IReadOnlyList<AlignedRow>? Lay(ArchiveRecord record, int left, int right, LayerLayout layout)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(layout);
        if (Find(record, left, right) is not { } found)
        {
            return null;
        }
        var leftLayer = record.Layers[left];
        var rightLayer = record.Layers[right];
        var leftParagraphs = Paragraphs.Of(leftLayer.Text);
        var rightParagraphs = Paragraphs.Of(rightLayer.Text);
        var spans = found.Alignment.Spans
            .Select(s => found.Swapped
                ? (LeftStart: s.TargetStart, LeftCount: s.TargetCount, RightStart: s.SourceStart, RightCount: s.SourceCount, s.Score)
                : (LeftStart: s.SourceStart, LeftCount: s.SourceCount, RightStart: s.TargetStart, RightCount: s.TargetCount, s.Score))
            .ToList();
        if (!Covers(spans.Select(s => (s.LeftStart, s.LeftCount)), leftParagraphs.Count)
            || !Covers(spans.Select(s => (s.RightStart, s.RightCount)), rightParagraphs.Count))
        {
            // The text changed since the alignment was made: read the layers whole rather than misalign them.
            return null;
        }
        var rows = new List<AlignedRow>();
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var leftView = Slice(layout, leftLayer, left, leftParagraphs, span.LeftStart, span.LeftCount, k == 0);
            var rightView = Slice(layout, rightLayer, right, rightParagraphs, span.RightStart, span.RightCount, k == 0);
            rows.Add(new AlignedRow(k + 1, leftView, Label(span.LeftStart, span.LeftCount), rightView, Label(span.RightStart, span.RightCount), span.Score));
        }
        return rows;
    }

    private static bool Covers(IEnumerable<(int Start, int Count)> spans, int paragraphs)
    {
        var next = 0;
        foreach (var (start, count) in spans)
        {
            if (start != next || count < 0)
            {
                return false;
            }
            next += count;
        }
        return next == paragraphs;
    }

    private static LayerView? Slice(LayerLayout layout, TextLayer layer, int index, IReadOnlyList<(int Start, int Length)> paragraphs, int start, int count, bool first)
    {
        if (count == 0)
        {
            return null;
        }
        var text = layer.Text ?? "";
        var from = first ? 0 : paragraphs[start].Start;
        var to = start + count < paragraphs.Count ? paragraphs[start + count].Start : text.Length;
        return layout.Lay(layer, index, from, to);
    }

    /// <summary>"¶ 14" or "¶ 14–15", counted from 1 as a reader counts.</summary>
    private static string Label(int start, int count) => count switch
    {
        0 => "",
        1 => "¶ " + (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => "¶ " + (start + 1).ToString(CultureInfo.InvariantCulture) + "–" + (start + count).ToString(CultureInfo.InvariantCulture),
    };
}
