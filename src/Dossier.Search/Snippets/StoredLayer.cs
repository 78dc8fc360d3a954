namespace Dossier.Search.Snippets;

/// <summary>
/// A shown part of a record as the index stores it for snippets: a layer's text, or its footnotes (<paramref name="Notes"/>).
/// <paramref name="Index"/> is the layer's; the language and kind are the layer's.
/// </summary>
internal sealed record StoredLayer(int Index, string Text, string Lang, string Kind, bool Ocr, bool Notes = false);
