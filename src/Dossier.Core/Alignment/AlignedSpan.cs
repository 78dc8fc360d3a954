namespace Dossier.Core.Alignment;

/// <summary>
/// One bead of a paragraph alignment: <see cref="SourceCount"/> paragraphs of the source layer from
/// <see cref="SourceStart"/> correspond to <see cref="TargetCount"/> paragraphs of the target layer from
/// <see cref="TargetStart"/> (0-based paragraph indexes, see <see cref="Paragraphs"/>). A count of 0 means the
/// other side has nothing that corresponds (an omission or an addition of the translator).
/// </summary>
public sealed class AlignedSpan
{
    public int SourceStart { get; set; }

    public int SourceCount { get; set; }

    public int TargetStart { get; set; }

    public int TargetCount { get; set; }

    /// <summary>Confidence in this bead, 0–1: how well the lengths agree, raised by shared anchors (numbers, dates, names).</summary>
    public double Score { get; set; }
}
