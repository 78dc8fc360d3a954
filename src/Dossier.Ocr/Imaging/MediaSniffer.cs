namespace Dossier.Ocr.Imaging;

/// <summary>A file's type from its first bytes (its "magic"), never from its name.</summary>
internal static class MediaSniffer
{
    public const int HeadLength = 16;

    public static string? MediaTypeOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        // Classic TIFF (42) in either byte order, and BigTIFF (43).
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || head.StartsWith("II+\0"u8) || head.StartsWith("MM\0+"u8))
        {
            return "image/tiff";
        }
        // JP2 signature box (ISO/IEC 15444-1 Annex I), or a bare J2K codestream (SOC then SIZ).
        if (head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, 0x0C, (byte)'j', (byte)'P', 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A])
            || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0x4F, 0xFF, 0x51]))
        {
            return "image/jp2";
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        return null;
    }
}
