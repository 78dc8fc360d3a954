namespace Dossier.Search.Indexing;

/// <summary>
/// How a long layer's text is stored for snippets: in slices of at most <see cref="SliceChars"/> characters (one more
/// where a cut would part a surrogate pair), each after a <see cref="IndexFields.LayerSliceAt"/> value giving its place
/// (<see cref="Place"/>). The first slice is the <see cref="IndexFields.LayerText"/> value that begins the layer, the
/// others are <see cref="IndexFields.LayerSlice"/> values; a layer no longer than a slice is one
/// <see cref="IndexFields.LayerText"/> value, as in indexes written before slices.
/// </summary>
/// <remarks>
/// A hit reads only the slices around its matches (<see cref="Snippets.HitFields"/>), and stops after the last one. On
/// the 100 FRUS volumes, a layer read whole from one value took 479 µs for the 55 layers of 50,000 characters or more (its
/// UTF-8 copied out of the chunks and decoded into a string of the large-object heap) and 56 µs for the 703 of 20,000 to
/// 50,000; read in slices around one match, 36 and 21 µs. Layers up to 8,000 characters, 85 % of them, cost the same
/// either way (4–8 µs). A search page's 20 hits held 110,000 characters on average, and 17 of 40 pages a layer of 20,000
/// or more.
/// </remarks>
internal static class LayerSlices
{
    public const int SliceChars = 4 * 1024;

    /// <summary>
    /// Characters read on either side of a layer's matches: a snippet starts at most 60 before its first match and ends 200
    /// after it, and a match's line is read back to its start to tell a short line (Passages).
    /// </summary>
    public const int ReadAround = 1024;

    /// <summary>True when <paramref name="text"/> is stored as one value, not in slices.</summary>
    public static bool Fits(string text) => text.Length <= SliceChars;

    /// <summary>The slices of <paramref name="text"/>, with where each starts; one when it <see cref="Fits"/>.</summary>
    public static IEnumerable<(int Start, string Text)> Of(string text)
    {
        if (Fits(text))
        {
            yield return (0, text);
            yield break;
        }
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + SliceChars);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
            {
                end++;
            }
            yield return (start, text[start..end]);
            start = end;
        }
    }

    /// <summary>A slice's start and length as one stored value.</summary>
    public static long Place(int start, int length) => ((long)start << 32) | (uint)length;

    public static (int Start, int Length) Unplace(long place) => ((int)(place >> 32), (int)(place & uint.MaxValue));
}
