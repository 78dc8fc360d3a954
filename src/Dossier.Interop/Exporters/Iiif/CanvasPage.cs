namespace Dossier.Interop.Exporters.Iiif;

/// <summary>One page of a document as a canvas: its label and the text each layer has on it (layer index → text).</summary>
internal sealed record CanvasPage(string Label, IReadOnlyList<(int Layer, string Text)> Texts);
