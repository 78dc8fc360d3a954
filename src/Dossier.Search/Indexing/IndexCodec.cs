using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Dossier.Search.Indexing;

/// <summary>
/// The index's codec: Lucene 4.6's, with stored fields in chunks of 4 KB instead of 16 KB, for decompression, compressed
/// with Zstandard (<see cref="ZstdCompression"/>). A search reads each hit's stored text (for its snippets), and a
/// chunk is decompressed whole: in 16 KB chunks, a FRUS record's stored fields (about 6,000 characters) took 82 µs to
/// read with LZ4, in 4 KB chunks 43 µs (2 KB: 35 µs). Small chunks compress worse; Zstandard wins that back and more:
/// the 100 FRUS volumes' stored fields took 112 MB in 16 KB chunks with LZ4, 124 MB in 4 KB chunks with LZ4's high
/// compression (<see cref="EarlierIndexCodec"/>), and take 89 MB in 4 KB chunks with Zstandard.
/// </summary>
[CodecName("DossierZstd46")]
internal sealed class IndexCodec : FilterCodec
{
    private const int ChunkBytes = 4 * 1024;

    private static readonly StoredFieldsFormat Stored = new CompressingStoredFieldsFormat("DossierZstdFields", ZstdCompression.Instance, ChunkBytes);

    static IndexCodec()
    {
        // A segment names its codec, and Lucene finds the codec by that name when it opens the segment.
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(IndexCodec), typeof(EarlierIndexCodec)] });
    }

    public IndexCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>The codec new segments are written with.</summary>
    public static IndexCodec Instance { get; } = new();

    public override StoredFieldsFormat StoredFieldsFormat => Stored;

    /// <summary>Makes the index's codecs known to Lucene before an index written with them is opened.</summary>
    public static void Register() => _ = Instance;
}
