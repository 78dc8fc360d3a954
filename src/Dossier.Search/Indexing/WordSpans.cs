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

    private static readonly BytesRef CompoundMark = new([1]);

    private readonly int[][] _starts;
    private readonly int[][] _ends;
    /// <summary>Per layer, each position's hyphenated whole's end (0 for none); null for a layer with no hyphenated word (most).</summary>
    private readonly int[]?[] _compoundEnds;

    private WordSpans(int[][] starts, int[][] ends, int[]?[] compoundEnds)
    {
        _starts = starts;
        _ends = ends;
        _compoundEnds = compoundEnds;
    }

    /// <summary>The payload of a token in a word field: a mark on a hyphenated word's whole, none on a word or part.</summary>
    public static BytesRef? Mark(bool compound) => compound ? CompoundMark : null;

    /// <summary>The positions layer <paramref name="layer"/> takes in each text field that holds it.</summary>
    public int PositionsOf(int layer) => layer < _starts.Length ? _starts[layer].Length : 0;

    /// <summary>
    /// The span of the word at <paramref name="position"/> of <paramref name="layer"/>, as a field's term there covers it:
    /// the hyphenated whole for a <paramref name="compound"/> term, else the word (or part); null where no word stands.
    /// </summary>
    public (int Start, int End)? Span(int layer, int position, bool compound)
    {
        if (layer >= _starts.Length || position < 0 || position >= _starts[layer].Length || _ends[layer][position] == _starts[layer][position])
        {
            return null;
        }
        var end = compound && _compoundEnds[layer] is { } wholes && wholes[position] > 0 ? wholes[position] : _ends[layer][position];
        return (_starts[layer][position], end);
    }

    public static WordSpans Decode(BytesRef bytes)
    {
        var input = new ByteArrayDataInput(bytes.Bytes, bytes.Offset, bytes.Length);
        var starts = new List<int[]>();
        var ends = new List<int[]>();
        var compoundEnds = new List<int[]?>();
        while (!input.Eof)
        {
            var count = input.ReadVInt32();
            var layerStarts = new int[count];
            var layerEnds = new int[count];
            int[]? layerCompoundEnds = null;
            var lastEnd = 0;
            for (var i = 0; i < count; i++)
            {
                var first = input.ReadByte();
                int gap, length, compound = 0;
                if (first != 0)
                {
                    gap = first & MaxShortGap;
                    length = first >> 2;
                }
                else
                {
                    gap = input.ReadVInt32();
                    length = input.ReadVInt32();
                    compound = input.ReadVInt32();
                }
                layerStarts[i] = lastEnd + gap;
                layerEnds[i] = layerStarts[i] + length;
                if (compound != 0)
                {
                    layerCompoundEnds ??= new int[count];
                    layerCompoundEnds[i] = layerEnds[i] + compound;
                }
                lastEnd = length == 0 ? lastEnd : layerEnds[i];
            }
            starts.Add(layerStarts);
            ends.Add(layerEnds);
            compoundEnds.Add(layerCompoundEnds);
        }
        return new WordSpans([.. starts], [.. ends], [.. compoundEnds]);
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
