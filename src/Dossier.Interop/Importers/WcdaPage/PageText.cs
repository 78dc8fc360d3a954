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
        var text = Decode(source.Path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
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
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC).Split('\n');
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
