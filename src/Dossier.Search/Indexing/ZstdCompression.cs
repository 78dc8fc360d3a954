using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// Stored fields' chunks compressed with Zstandard (ZstdSharp, a port to C#) at level 6, each written as its compressed
/// length and one Zstandard frame. On the 100 FRUS volumes' stored fields (193 MB, in 4 KB chunks), LZ4's high
/// compression (Lucene's <see cref="CompressionMode.FAST_DECOMPRESSION"/>) keeps 124 MB, and Lucene's deflate 88 MB but
/// decompresses a third slower; Zstandard at level 6 keeps 89 MB and decompresses a random chunk in 16–18 µs against
/// LZ4's 20 µs (levels 3 and 9: 91 and 89 MB, as fast). A 4 KB chunk is too small for LZ4 to find much to repeat;
/// Zstandard's entropy coding still halves the letters.
/// </summary>
internal sealed class ZstdCompression : CompressionMode
{
    private const int Level = 6;

    private ZstdCompression()
    {
    }

    public static ZstdCompression Instance { get; } = new();

    public override Compressor NewCompressor() => new ChunkCompressor();

    public override Decompressor NewDecompressor() => new ChunkDecompressor();

    public override string ToString() => "Zstandard(level=" + Level + ")";

    private sealed class ChunkCompressor : Compressor
    {
        private readonly ZstdSharp.Compressor _zstd = new(Level);
        private byte[] _frame = [];

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            if (len == 0)
            {
                output.WriteVInt32(0);
                return;
            }
            var bound = ZstdSharp.Compressor.GetCompressBound(len);
            if (_frame.Length < bound)
            {
                _frame = new byte[ArrayUtil.Oversize(bound, 1)];
            }
            var written = _zstd.Wrap(bytes.AsSpan(off, len), _frame);
            output.WriteVInt32(written);
            output.WriteBytes(_frame, 0, written);
        }
    }

    /// <summary>One per stored-fields reader and its clones (Lucene clones a reader for each thread that reads it).</summary>
    private sealed class ChunkDecompressor : Decompressor
    {
        private readonly ZstdSharp.Decompressor _zstd = new();
        private byte[] _frame = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            var size = input.ReadVInt32();
            if (size < 0 || (size == 0) != (originalLength == 0))
            {
                throw new CorruptIndexException($"a stored-fields chunk of {originalLength} bytes has a compressed length of {size}");
            }
            if (_frame.Length < size)
            {
                _frame = new byte[ArrayUtil.Oversize(size, 1)];
            }
            input.ReadBytes(_frame, 0, size);
            if (bytes.Bytes.Length < originalLength)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
            }
            if (originalLength > 0)
            {
                int read;
                try
                {
                    read = _zstd.Unwrap(_frame.AsSpan(0, size), bytes.Bytes.AsSpan(0, originalLength));
                }
                catch (ZstdSharp.ZstdException e)
                {
                    throw new CorruptIndexException("a stored-fields chunk does not decompress: " + e.Message, e);
                }
                if (read != originalLength)
                {
                    throw new CorruptIndexException($"a stored-fields chunk decompressed to {read} bytes, not {originalLength}");
                }
            }
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new ChunkDecompressor();
    }
}
