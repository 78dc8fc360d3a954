namespace Dossier.Search.Snippets;

/// <summary>
/// A shown part of a record as the index stores it for snippets: a layer's text, or its footnotes (<see cref="Notes"/>).
/// <see cref="Index"/> is the layer's; the language and kind are the layer's. The text held may be only the stretch of a
/// long layer around its matches (<see cref="Indexing.LayerSlices"/>), kept as the slices it was read in, one after the
/// other from <see cref="Offset"/> of the layer: every offset given to <see cref="Span"/> and <see cref="At"/> is the
/// layer's. The slices are not joined: a page's hits joined 150 KB of them into strings they read a few passages of.
/// </summary>
internal sealed class StoredLayer
{
    private readonly string[] _slices;

    /// <summary>Where each slice starts, in the layer's offsets, and after the last, where the text held ends.</summary>
    private readonly int[] _starts;

    /// <summary>A part held whole, or from <paramref name="offset"/> of the layer on.</summary>
    public StoredLayer(int index, string text, string lang, string kind, bool ocr, bool notes = false, int offset = 0)
        : this(index, [text], offset, lang, kind, ocr, notes)
    {
    }

    /// <summary>A part held as <paramref name="slices"/> that follow each other from <paramref name="offset"/> of the layer on.</summary>
    public StoredLayer(int index, IReadOnlyList<string> slices, int offset, string lang, string kind, bool ocr, bool notes = false)
    {
        Index = index;
        Lang = lang;
        Kind = kind;
        Ocr = ocr;
        Notes = notes;
        // Empty slices hold nothing and would hold up a walk from slice to slice.
        _slices = slices.Any(s => s.Length > 0) ? [.. slices.Where(s => s.Length > 0)] : [""];
        _starts = new int[_slices.Length + 1];
        _starts[0] = offset;
        for (var i = 0; i < _slices.Length; i++)
        {
            _starts[i + 1] = _starts[i] + _slices[i].Length;
        }
    }

    public int Index { get; }

    public string Lang { get; }

    public string Kind { get; }

    public bool Ocr { get; }

    public bool Notes { get; }

    /// <summary>Where the text held starts, in the layer's offsets.</summary>
    public int Offset => _starts[0];

    /// <summary>Where the text held ends, in the layer's offsets.</summary>
    public int End => _starts[^1];

    public char At(int offset)
    {
        var slice = SliceOf(offset);
        return _slices[slice][offset - _starts[slice]];
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>: one slice's own characters, or, across slices, a copy of them.</summary>
    public ReadOnlySpan<char> Span(int start, int end)
    {
        var first = Piece(start, end);
        if (first.Length == end - start)
        {
            return first;
        }
        return string.Create(end - start, (this, start), static (span, state) => state.Item1.CopyTo(state.start, span));
    }

    /// <summary>Copies the text from <paramref name="start"/> into <paramref name="destination"/>, as long as it is, piece by piece.</summary>
    public void CopyTo(int start, Span<char> destination)
    {
        for (var copied = 0; copied < destination.Length;)
        {
            var piece = Piece(start + copied, start + destination.Length);
            piece.CopyTo(destination[copied..]);
            copied += piece.Length;
        }
    }

    /// <summary>The text from <paramref name="start"/> towards <paramref name="end"/> that the slice holding <paramref name="start"/> holds: walked piece by piece, a stretch is read without a copy.</summary>
    public ReadOnlySpan<char> Piece(int start, int end)
    {
        var slice = SliceOf(start);
        return _slices[slice].AsSpan(start - _starts[slice], Math.Min(end, _starts[slice + 1]) - start);
    }

    /// <summary>Where the line holding <paramref name="at"/> starts (after its line break), within the text held.</summary>
    public int LineStart(int at)
    {
        for (var slice = SliceOf(Math.Max(Offset, at - 1)); slice >= 0; slice--)
        {
            var before = Math.Min(at, _starts[slice + 1]) - _starts[slice];
            var found = before <= 0 ? -1 : _slices[slice].AsSpan(0, before).LastIndexOf('\n');
            if (found >= 0)
            {
                return _starts[slice] + found + 1;
            }
        }
        return Offset;
    }

    /// <summary>Where the line holding <paramref name="at"/> ends (at its line break), within the text held.</summary>
    public int LineEnd(int at)
    {
        for (var slice = SliceOf(at); slice < _slices.Length; slice++)
        {
            var from = Math.Max(at, _starts[slice]) - _starts[slice];
            var found = _slices[slice].AsSpan(from).IndexOf('\n');
            if (found >= 0)
            {
                return _starts[slice] + from + found;
            }
        }
        return End;
    }

    /// <summary>The slice holding <paramref name="offset"/> (the last for the end of the text held).</summary>
    private int SliceOf(int offset)
    {
        var slice = Array.BinarySearch(_starts, 0, _slices.Length, offset);
        return Math.Clamp(slice >= 0 ? slice : ~slice - 1, 0, _slices.Length - 1);
    }
}
