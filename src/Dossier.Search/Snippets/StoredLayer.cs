namespace Dossier.Search.Snippets;

/// <summary>A layer as the index stores it for snippets.</summary>
internal sealed record StoredLayer(int Index, string Text, string Lang, string Kind, bool Ocr);
