using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Ocr.Tests.Support;

/// <summary>Files made to hurt an image pipeline, written byte by byte (PNG per ISO/IEC 15948, PDF per ISO 32000-1).</summary>
internal static class HostileFiles
{
    /// <summary>
    /// A PNG whose IHDR declares <paramref name="width"/>×<paramref name="height"/> grey pixels; with
    /// <paramref name="withData"/> its IDAT really holds them, deflated (a zip bomb: megabytes that inflate to gigabytes).
    /// </summary>
    public static void Png(string path, int width, int height, bool withData)
    {
        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(file, "IHDR", header);
        var data = new MemoryStream();
        using (var deflate = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            if (withData)
            {
                var row = new byte[width + 1]; // filter byte 0 then zero pixels
                for (var y = 0; y < height; y++)
                {
                    deflate.Write(row);
                }
            }
            else
            {
                deflate.Write(new byte[width + 1]);
            }
        }
        Chunk(file, "IDAT", data.ToArray());
        Chunk(file, "IEND", []);
    }

    private static void Chunk(Stream file, string type, byte[] body)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, body.Length);
        file.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
        file.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        file.Write(crc);
    }

    /// <summary>CRC-32 (ISO 3309, as PNG chunks carry it), bit by bit: chunks here are few.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>A PDF of <paramref name="pages"/> A5 pages, each saying its number; with <paramref name="script"/> an OpenAction runs JavaScript.</summary>
    public static void Pdf(string path, int pages, bool script)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R" + (script ? " /OpenAction << /S /JavaScript /JS (app.alert\\('pwned'\\);) >>" : "") + " >>",
            "<< /Type /Pages /Kids [" + string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{4 + (2 * i)} 0 R")) + $"] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < pages; i++)
        {
            var content = $"BT /F1 36 Tf 100 400 Td (Page {i + 1}) Tj ET";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllText(path, pdf.ToString(), Encoding.Latin1);
    }
}
