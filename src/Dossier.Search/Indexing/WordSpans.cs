using Dossier.Search.Analysis;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// Where each word of a record's layers stands in its layer's text, by position: kept as one binary doc value per record
/// (<see cref="IndexFields.WordSpans"/>), so the text fields need positions only, not offsets in their postings. Every
/// text field of a layer starts from the same tokens (<see cref="WordTokenizer"/>, whose positions no later filter moves),
/// so a field's position in a layer is the word's position in the <see cref="SearchFields.Exact"/> analysis, and one
/// table serves them all: offsets in four fields cost about four times this table.
/// A hyphenated word's whole is stacked on its first part's position (see <see cref="WordTokenizer"/>): the table keeps
/// the first part's span and the whole's end, and the index marks the whole's postings with a one-byte payload
/// (<see cref="Mark"/>), since its term need not show a hyphen (the latn field's "khadzhizadesalimi").
/// </summary>
/// <remarks>
/// Per layer: a count of positions (Lucene's variable-length integer), then per position either one byte,
/// <c>length &lt;&lt; 2 | gap</c> (length 1–63, gap 0–3 characters from the previous word's end), or a zero byte and
/// three variable-length integers (gap, length, the whole's end past the part's end, 0 for none). A position no token
/// holds has length 0.
/// </remarks>
internal sealed class WordSpans
{
    private const int MaxShortLength = 63;
    private const int MaxShortGap = 3;

    /// <summary>
    /// Every this many positions of a layer, where its entry starts and the previous word's end: a span is read from the
    /// mark before it, never more than this many entries. Decoding every span of a page's ten records into arrays was
    /// a sixth of the bytes a search page allocated (eight bytes a position, where the table takes one).
    /// </summary>
    private const int Stride = 16;

    private static readonly BytesRef CompoundMark = new([1]);

    private readonly byte[] _bytes;

    /// <summary>Per layer, its number of positions.</summary>
    private readonly int[] _counts;

    /// <summary>Per layer, per <see cref="Stride"/> positions, the byte where the position's entry starts and the end before it.</summary>
    private readonly int[][] _marks;

    private WordSpans(byte[] bytes, int[] counts, int[][] marks)
    {
        _bytes = bytes;
        _counts = counts;
        _marks = marks;
    }

    /// <summary>The payload of a token in a word field: a mark on a hyphenated word's whole, none on a word or part.</summary>
    public static BytesRef? Mark(bool compound) => compound ? CompoundMark : null;

    /// <summary>The positions layer <paramref name="layer"/> takes in each text field that holds it.</summary>
    public int PositionsOf(int layer) => layer < _counts.Length ? _counts[layer] : 0;

    /// <summary>
    /// The span of the word at <paramref name="position"/> of <paramref name="layer"/>, as a field's term there covers it:
    /// the hyphenated whole for a <paramref name="compound"/> term, else the word (or part); null where no word stands.
    /// </summary>
    public (int Start, int End)? Span(int layer, int position, bool compound)
    {
        if (layer < 0 || layer >= _counts.Length || position < 0 || position >= _counts[layer])
        {
            return null;
        }
        var marks = _marks[layer];
        var mark = position / Stride;
        var at = marks[2 * mark];
        var lastEnd = marks[(2 * mark) + 1];
        for (var i = mark * Stride; ; i++)
        {
            var (start, length, whole) = ReadEntry(_bytes, ref at, lastEnd);
            if (i == position)
            {
                return length == 0 ? null : (start, compound && whole > 0 ? start + length + whole : start + length);
            }
            lastEnd = length == 0 ? lastEnd : start + length;
        }
    }

    /// <summary>Reads one record's table; the bytes are copied, so the reader's buffer can be reused.</summary>
    public static WordSpans Decode(BytesRef bytes)
    {
        var table = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
        var counts = new List<int>(1);
        var marks = new List<int[]>(1);
        var at = 0;
        while (at < table.Length)
        {
            var count = ReadVInt32(table, ref at);
            var layerMarks = new int[2 * ((count + Stride - 1) / Stride)];
            var lastEnd = 0;
            for (var i = 0; i < count; i++)
            {
                if (i % Stride == 0)
                {
                    layerMarks[2 * (i / Stride)] = at;
                    layerMarks[(2 * (i / Stride)) + 1] = lastEnd;
                }
                var (start, length, _) = ReadEntry(table, ref at, lastEnd);
                lastEnd = length == 0 ? lastEnd : start + length;
            }
            counts.Add(count);
            marks.Add(layerMarks);
        }
        return new WordSpans(table, [.. counts], [.. marks]);
    }

    /// <summary>One position's entry: the word's start, its length (0 where no word stands) and its hyphenated whole's end past its own (0 for none).</summary>
    private static (int Start, int Length, int Whole) ReadEntry(byte[] table, ref int at, int lastEnd)
    {
        var first = table[at++];
        if (first != 0)
        {
            return (lastEnd + (first & MaxShortGap), first >> 2, 0);
        }
        var gap = ReadVInt32(table, ref at);
        var length = ReadVInt32(table, ref at);
        var whole = ReadVInt32(table, ref at);
        return (lastEnd + gap, length, whole);
    }

    /// <summary>Lucene's variable-length integer (seven bits a byte, the low ones first).</summary>
    private static int ReadVInt32(byte[] table, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = table[at++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        throw new InvalidDataException("a word span's number is longer than five bytes");
    }

    /// <summary>Builds one record's table from each layer's <see cref="SearchFields.Exact"/> tokens, in layer order, holding none of them.</summary>
    public sealed class Writer
    {
        private readonly Output _all = new();
        private readonly Output _layer = new();
        private int _positions;
        private int _lastEnd;
        private int _start = -1;
        private int _end;
        private int _compoundEnd;

        /// <summary>Adds the layer's next token (a layer no word field holds has none).</summary>
        public void Add(IndexToken token)
        {
            if (token.PositionIncrement == 0)
            {
                if (token.Compound && _start >= 0)
                {
                    _compoundEnd = Math.Max(_compoundEnd, token.End);
                }
                return;
            }
            if (_start >= 0)
            {
                WriteSpan(_start, _end, _compoundEnd);
            }
            for (var hole = 1; hole < token.PositionIncrement; hole++)
            {
                // A position the words skip holds nothing.
                WriteSpan(_lastEnd, _lastEnd, 0);
            }
            _positions += token.PositionIncrement;
            (_start, _end, _compoundEnd) = (token.Start, token.End, 0);
        }

        /// <summary>Ends the layer, whose words took <paramref name="finalIncrement"/> positions past its last token.</summary>
        public void EndLayer(int finalIncrement = 0)
        {
            if (_start >= 0)
            {
                WriteSpan(_start, _end, _compoundEnd);
            }
            for (var hole = 0; hole < finalIncrement; hole++)
            {
                WriteSpan(_lastEnd, _lastEnd, 0);
            }
            _positions += finalIncrement;
            _all.WriteVInt32(_positions);
            _all.Bytes.AddRange(_layer.Bytes);
            _layer.Bytes.Clear();
            (_positions, _lastEnd, _start, _end, _compoundEnd) = (0, 0, -1, 0, 0);
        }

        public BytesRef ToBytesRef() => new([.. _all.Bytes]);

        private void WriteSpan(int start, int end, int compoundEnd)
        {
            var gap = start - _lastEnd;
            var length = end - start;
            var compound = compoundEnd > end ? compoundEnd - end : 0;
            if (length is > 0 and <= MaxShortLength && gap is >= 0 and <= MaxShortGap && compound == 0)
            {
                _layer.WriteByte((byte)((length << 2) | gap));
            }
            else
            {
                _layer.WriteByte(0);
                _layer.WriteVInt32(gap);
                _layer.WriteVInt32(length);
                _layer.WriteVInt32(compound);
            }
            _lastEnd = length == 0 ? _lastEnd : end;
        }

        /// <summary>Lucene's encodings into a growing list.</summary>
        private sealed class Output : DataOutput
        {
            public List<byte> Bytes { get; } = [];

            public override void WriteByte(byte b) => Bytes.Add(b);

            public override void WriteBytes(byte[] b, int offset, int length) => Bytes.AddRange(b.AsSpan(offset, length));
        }
    }
}
