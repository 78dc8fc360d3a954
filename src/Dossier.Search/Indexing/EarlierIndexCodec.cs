using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Dossier.Search.Indexing;

/// <summary>
/// The codec indexes of format 13 and 14 were written with (stored fields in 4 KB chunks, LZ4's high compression). It
/// is known to Lucene only so that such an index opens: the index's format then says it is older than this version's,
/// and it is emptied and written again with <see cref="IndexCodec"/> (see LuceneSearchIndex.FormatVersion), and so is
/// the index of records not public, whose sequence no longer matches.
/// </summary>
[CodecName("Dossier46")]
internal sealed class EarlierIndexCodec : FilterCodec
{
    private static readonly StoredFieldsFormat Stored = new CompressingStoredFieldsFormat("DossierStoredFields", CompressionMode.FAST_DECOMPRESSION, 4 * 1024);

    public EarlierIndexCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => Stored;
}
