using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Dossier.Search.Indexing;

/// <summary>
/// The index's codec: Lucene 4.6's, with stored fields compressed in chunks of 4 KB instead of 16 KB, for
/// decompression. A search reads each hit's stored text (for its snippets), and LZ4 decompresses a chunk from its start
/// up to the end of the document read: in 16 KB chunks, a FRUS record's stored fields (about 6,000 characters) took
/// 82 µs to read, in 4 KB chunks 43 µs (2 KB: 35 µs). The chunks are compressed with LZ4's high-compression mode, which
/// decompresses as fast and wins back most of what smaller chunks lose: the 100 FRUS volumes' stored fields, 112 MB in
/// 16 KB chunks, are 129 MB in 4 KB chunks and 119 MB in 4 KB chunks compressed hard (copying them all took 1.3 s more).
/// The chunks are Lucene's LZ4, read with a faster decoder of the same format (<see cref="StoredChunkCompression"/>).
/// Segments written before (Lucene's own codec) are read as they are, and rewritten in this one when merged.
/// </summary>
[CodecName("Dossier46")]
internal sealed class IndexCodec : FilterCodec
{
    private const int ChunkBytes = 4 * 1024;

    private static readonly StoredFieldsFormat Stored = new CompressingStoredFieldsFormat("DossierStoredFields", StoredChunkCompression.Instance, ChunkBytes);

    static IndexCodec()
    {
        // A segment names its codec, and Lucene finds the codec by that name when it opens the segment.
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(IndexCodec)] });
    }

    public IndexCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>The codec new segments are written with.</summary>
    public static IndexCodec Instance { get; } = new();

    public override StoredFieldsFormat StoredFieldsFormat => Stored;

    /// <summary>Makes the codec known to Lucene before an index written with it is opened.</summary>
    public static void Register() => _ = Instance;
}
