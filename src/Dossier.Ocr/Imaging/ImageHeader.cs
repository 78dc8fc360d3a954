using System.Buffers.Binary;

namespace Dossier.Ocr.Imaging;

/// <summary>
/// The pixel size a PNG (ISO/IEC 15948 IHDR) or JPEG (ITU T.81 SOFn) declares, read from the header bytes
/// alone, so a decompression bomb is refused before any decoder sees it.
/// </summary>
internal static class ImageHeader
{
    /// <summary>(width, height), or null when the header is not where the format puts it.</summary>
    public static (long Width, long Height)? Read(Stream stream, string mediaType) => mediaType switch
    {
        "image/png" => Png(stream),
        "image/jpeg" => Jpeg(stream),
        _ => null,
    };

    private static (long, long)? Png(Stream stream)
    {
        Span<byte> head = stackalloc byte[24];
        stream.Position = 0;
        if (stream.ReadAtLeast(head, 24, throwOnEndOfStream: false) < 24 || !head[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }
        return (BinaryPrimitives.ReadUInt32BigEndian(head[16..20]), BinaryPrimitives.ReadUInt32BigEndian(head[20..24]));
    }

    private static (long, long)? Jpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> marker = stackalloc byte[4];
        Span<byte> frame = stackalloc byte[5];
        // Markers before the frame header are few; a file that never reaches one within 64 of them is not a JPEG we read.
        for (var i = 0; i < 64; i++)
        {
            if (stream.ReadAtLeast(marker, 4, throwOnEndOfStream: false) < 4 || marker[0] != 0xFF)
            {
                return null;
            }
            var code = marker[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(marker[2..4]);
            if (code is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (stream.ReadAtLeast(frame, 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }
                return (BinaryPrimitives.ReadUInt16BigEndian(frame[3..5]), BinaryPrimitives.ReadUInt16BigEndian(frame[1..3]));
            }
            if (length < 2)
            {
                return null;
            }
            stream.Seek(length - 2, SeekOrigin.Current);
        }
        return null;
    }
}
