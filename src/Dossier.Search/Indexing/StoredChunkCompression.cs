using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// How the index compresses its stored fields' chunks: as Lucene's <see cref="CompressionMode.FAST_DECOMPRESSION"/> does
/// (LZ4, high compression), byte for byte, so segments written before read the same. Read from a mapped file
/// (<see cref="IMappedInput"/>, every search's reads), a chunk is decoded by <see cref="Lz4Block"/> straight from the
/// mapping; read otherwise (a merge's buffered inputs), by Lucene's own decoder.
/// </summary>
internal sealed class StoredChunkCompression : CompressionMode
{
    private static readonly CompressionMode Lucene = FAST_DECOMPRESSION;

    private StoredChunkCompression()
    {
    }

    public static StoredChunkCompression Instance { get; } = new();

    public override Compressor NewCompressor() => Lucene.NewCompressor();

    public override Decompressor NewDecompressor() => new ChunkDecompressor(Lucene.NewDecompressor());

    public override string ToString() => "LZ4 (high compression), read by Lz4Block";

    private sealed class ChunkDecompressor(Decompressor lucene) : Decompressor
    {
        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (input is not IMappedInput mapped)
            {
                lucene.Decompress(input, originalLength, offset, length, bytes);
                return;
            }
            if (offset < 0 || length < 0 || offset + length > originalLength)
            {
                throw new CorruptIndexException($"bytes {offset}+{length} asked of a stored-fields chunk of {originalLength} bytes (resource={input})");
            }
            if (bytes.Bytes.Length < originalLength + Lz4Block.Slack)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength + Lz4Block.Slack, 1)];
            }
            var read = Lz4Block.Decode(mapped.Ahead, bytes.Bytes, offset + length, out var written);
            if (written > originalLength)
            {
                throw new CorruptIndexException($"a stored-fields chunk of {originalLength} bytes decompressed to {written} (resource={input})");
            }
            mapped.Skip(read);
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new ChunkDecompressor((Decompressor)lucene.Clone());
    }
}
