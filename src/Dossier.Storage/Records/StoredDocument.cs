using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Dossier.Storage.Records;

/// <summary>
/// How a record's document (its <see cref="Core.Records.RecordJson"/> form, UTF-8) is kept in a row of <c>records</c>
/// or <c>record_versions</c>: a marker byte, the UTF-8 length (4 bytes, little-endian) and the UTF-8 deflated at level 2.
/// A document that does not start with the marker is UTF-8 as it stands: rows written before documents were packed,
/// and hand edits.
/// </summary>
/// <remarks>
/// The documents were 399 of the 991 MB the 100 FRUS volumes' data folder took (issue 9). Measured on a fifth of
/// them (6,330 documents, 77.6 MB): level 1 keeps 1/2.43 of the bytes and packs 186 MB/s, level 2 1/3.15 at
/// 118 MB/s, level 6 1/3.35 at 90 MB/s; Brotli's quality 1 1/2.99 at 153 MB/s but unpacks at half the speed.
/// Unpacking a document takes about 25 µs.
/// </remarks>
internal static class StoredDocument
{
    /// <summary>The first byte of a packed document; UTF-8 JSON starts with <c>{</c>.</summary>
    private const byte Packed = 0x01;

    private const int HeaderBytes = 5;

    private static readonly ZLibCompressionOptions Level = new() { CompressionLevel = 2 };

    public static byte[] Pack(ReadOnlySpan<byte> utf8)
    {
        var packed = new MemoryStream(HeaderBytes + utf8.Length / 3 + 64);
        Span<byte> header = stackalloc byte[HeaderBytes];
        header[0] = Packed;
        BinaryPrimitives.WriteInt32LittleEndian(header[1..], utf8.Length);
        packed.Write(header);
        using (var deflate = new DeflateStream(packed, Level, leaveOpen: true))
        {
            deflate.Write(utf8);
        }
        return packed.ToArray();
    }

    /// <summary>Packs a document stored before packing (its UTF-8 as it stands); one already packed comes back as it is.</summary>
    public static byte[] Pack(byte[] stored) => IsPacked(stored) ? stored : Pack(stored.AsSpan());

    /// <summary>
    /// How many bytes of UTF-8 the document holds, read from a packed document's header without unpacking it (a damaged
    /// header says so when it is unpacked); a document stored as UTF-8 is its own length.
    /// </summary>
    public static long Utf8Length(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return IsPacked(stored) && stored.Length >= HeaderBytes ? BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(1)) : stored.Length;
    }

    /// <summary>Whether <paramref name="stored"/> is packed, rather than UTF-8 written before packing.</summary>
    public static bool IsPacked(byte[] stored) => stored is [Packed, ..];

    /// <summary>The document's JSON text.</summary>
    /// <exception cref="InvalidDataException">The packed bytes are damaged.</exception>
    public static string Text(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Encoding.UTF8.GetString(IsPacked(stored) ? Unpack(stored) : stored);
    }

    /// <summary>
    /// A packed document's JSON as the UTF-8 it was packed from, for the serializer to read as it stands: made a string
    /// first, a document page's record was transcoded twice (to UTF-16, and back to UTF-8 by the serializer).
    /// </summary>
    /// <exception cref="InvalidDataException">The packed bytes are damaged.</exception>
    public static byte[] Unpack(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsPacked(stored))
        {
            throw new ArgumentException("the stored document is not packed", nameof(stored));
        }
        var length = stored.Length < HeaderBytes ? -1 : BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(1));
        if (length < 0 || length > Array.MaxLength)
        {
            throw new InvalidDataException("the stored document's packed length is damaged");
        }
        var utf8 = new byte[length];
        using (var deflate = new DeflateStream(new MemoryStream(stored, HeaderBytes, stored.Length - HeaderBytes, writable: false), CompressionMode.Decompress))
        {
            try
            {
                deflate.ReadExactly(utf8);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("the stored document is shorter than its packed length", e);
            }
        }
        return utf8;
    }
}
