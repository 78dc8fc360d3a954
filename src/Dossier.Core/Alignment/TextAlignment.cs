namespace Dossier.Core.Alignment;

/// <summary>
/// How the paragraphs of two text layers of a record correspond (the original or transcription and a
/// translation), computed at import by <see cref="ParagraphAligner"/> and kept in the record's JSON so the
/// reading room, the API and exports all use the same alignment.
/// </summary>
public sealed class TextAlignment
{
    /// <summary>Index in <see cref="Records.ArchiveRecord.Layers"/> of the source layer (the original or transcription).</summary>
    public int SourceLayer { get; set; }

    /// <summary>Index in <see cref="Records.ArchiveRecord.Layers"/> of the target layer (the translation).</summary>
    public int TargetLayer { get; set; }

    /// <summary>The method that produced the alignment, so a better one can tell its own results apart.</summary>
    public string Method { get; set; } = ParagraphAligner.MethodName;

    /// <summary>Confidence in the whole alignment, 0–1: the beads' scores weighted by their length.</summary>
    public double Score { get; set; }

    /// <summary>The beads in reading order; together they cover every paragraph of both layers once.</summary>
    public List<AlignedSpan> Spans { get; set; } = [];
}
