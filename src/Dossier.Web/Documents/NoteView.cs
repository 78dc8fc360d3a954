namespace Dossier.Web.Documents;

/// <summary>A footnote laid out for reading: its mark as printed, its anchors, and its text with the search matches marked.</summary>
public sealed record NoteView(string Label, string Anchor, string BackAnchor, IReadOnlyList<LayerPiece> Pieces);
