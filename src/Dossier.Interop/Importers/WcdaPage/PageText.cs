using System.Text;
using Dossier.Core.Importing;
using Dossier.Core.Text;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>Reads an export file into lines: size limit first, strict UTF-8, CRLF as LF, Unicode NFC.</summary>
internal static class PageText
{
    public const long MaximumBytes = 10L * 1024 * 1024;

    public static async Task<string[]> ReadLinesAsync(ImportSource source, CancellationToken cancellationToken)
    {
        await using var stream = source.Open();
        if (stream.CanSeek && stream.Length > MaximumBytes)
        {
            throw TooLarge(source.Path, stream.Length);
        }
        var bytes = await ReadBytesAsync(source, stream, cancellationToken).ConfigureAwait(false);
        var text = Decode(source.Path, bytes.Span);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new ImportException(source.Path, 1 + text.AsSpan(0, nul).Count('\n'), null, "the file is binary, not text (it holds NUL bytes)");
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (CodePoints.FirstForbidden(text) is { } bad)
        {
            throw new ImportException(source.Path, CodePoints.LineOf(text, bad), null, CodePoints.Describe(text, bad));
        }
        // Each step copies the text only when it changes it (a big export is usually LF-only and NFC already).
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        return text.Split('\n');
    }

    // The whole file, in one buffer of its own size when the length is known (a growing buffer leaves copies behind).
    private static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(ImportSource source, Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            var exact = new byte[stream.Length - stream.Position];
            var filled = 0;
            while (filled < exact.Length)
            {
                var got = await stream.ReadAsync(exact.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (got == 0)
                {
                    break;
                }
                filled += got;
                source.Progress?.Report(filled);
            }
            if (filled == exact.Length && stream.ReadByte() < 0)
            {
                return exact.AsMemory(0, filled);
            }
            throw new ImportException(source.Path, null, null, "the file changed while it was read");
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaximumBytes)
            {
                throw TooLarge(source.Path, null);
            }
            buffer.Write(chunk, 0, read);
            source.Progress?.Report(buffer.Length);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static ImportException TooLarge(string path, long? length) =>
        new(path, null, null, length is null
            ? $"the file is larger than {MaximumBytes / (1024 * 1024)} MB, too large for one page export"
            : $"the file is {length.Value / (1024 * 1024)} MB, larger than the {MaximumBytes / (1024 * 1024)} MB a page export may be");

    private static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return FileSniffer.StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = FirstInvalid(bytes);
            var line = 1 + bytes[..Math.Clamp(at, 0, bytes.Length)].Count((byte)'\n');
            throw new ImportException(path, line, null, $"the file is not valid UTF-8 (bad byte at offset {at})", inner: e);
        }
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : consumed;
    }
}
