namespace Dossier.Search.Snippets;

/// <summary>
/// A shown part of a record as the index stores it for snippets: a layer's text, or its footnotes (<paramref name="Notes"/>).
/// <paramref name="Index"/> is the layer's; the language and kind are the layer's. <paramref name="Text"/> may be only the
/// stretch of a long layer around its matches (<see cref="Indexing.LayerSlices"/>): it starts at <paramref name="Offset"/> of
/// the layer, and every offset given to <see cref="Span"/> and <see cref="At"/> is the layer's.
/// </summary>
internal sealed record StoredLayer(int Index, string Text, string Lang, string Kind, bool Ocr, bool Notes = false, int Offset = 0)
{
    /// <summary>Where the text held ends, in the layer's offsets.</summary>
    public int End => Offset + Text.Length;

    public char At(int offset) => Text[offset - Offset];

    public ReadOnlySpan<char> Span(int start, int end) => Text.AsSpan(start - Offset, end - start);
}
