namespace Dossier.Core.Records;

/// <summary>A footnote or editorial note, anchored at an offset of the running text.</summary>
public sealed class LayerNote
{
    /// <summary>The note's mark as printed ("1", "*").</summary>
    public string? Label { get; set; }

    /// <summary>Offset in <see cref="TextLayer.Text"/> of the note's anchor.</summary>
    public int Anchor { get; set; }

    public string Text { get; set; } = "";
}
