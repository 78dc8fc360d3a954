using Dossier.Core.Records;

namespace Dossier.Core.Alignment;

/// <summary>
/// Aligns every translation of a record with each of its untranslated layers (transcription, original) by
/// <see cref="PageAligner"/> where their pages correspond, else by <see cref="ParagraphAligner"/> over the whole text, and keeps the result in <see cref="ArchiveRecord.Alignments"/>. Called at import.
/// </summary>
public static class RecordAligner
{
    /// <summary>Paragraph count beyond which a layer is not aligned (the dynamic programme is quadratic).</summary>
    public const int MaxParagraphs = 2_000;

    public static void Align(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var alignments = new List<TextAlignment>();
        var paragraphs = record.Layers.Select(l => Paragraphs.TextsOf(l.Text)).ToList();
        for (var s = 0; s < record.Layers.Count; s++)
        {
            if (record.Layers[s].Kind == LayerKind.Translation)
            {
                continue;
            }
            for (var t = 0; t < record.Layers.Count; t++)
            {
                if (record.Layers[t].Kind != LayerKind.Translation
                    || paragraphs[s].Count == 0 || paragraphs[t].Count == 0
                    || paragraphs[s].Count > MaxParagraphs || paragraphs[t].Count > MaxParagraphs)
                {
                    continue;
                }
                var byPage = PageAligner.Align(record.Layers[s], record.Layers[t]);
                var spans = byPage ?? ParagraphAligner.Align(paragraphs[s], paragraphs[t], record.Layers[s].Lang, record.Layers[t].Lang);
                alignments.Add(new TextAlignment
                {
                    SourceLayer = s,
                    TargetLayer = t,
                    Method = byPage is null ? ParagraphAligner.MethodName : PageAligner.MethodName,
                    Score = ParagraphAligner.ScoreOf(spans, paragraphs[s], paragraphs[t]),
                    Spans = [.. spans],
                });
            }
        }
        record.Alignments = alignments.Count == 0 ? null : alignments;
    }
}
