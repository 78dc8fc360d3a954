using System.Text;

namespace Dossier.Core.Importing;

/// <summary>First checks on a file before any reader sees it: empty, binary, not UTF-8.</summary>
public static class FileSniffer
{
    public const int HeadLength = 8192;

    public static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(HeadLength, stream.Length)];
        stream.ReadExactly(head);
        return head;
    }

    /// <summary>The reason a file can be no text record at all, or null when it may be one.</summary>
    public static string? Reject(ReadOnlySpan<byte> head, long length)
    {
        if (length == 0 || head.Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            return "the file is empty";
        }
        if (head.IndexOf((byte)0) >= 0)
        {
            return "the file is binary, not text (it holds NUL bytes)";
        }
        return null;
    }

    /// <summary>A strict UTF-8 decoder: invalid bytes throw instead of turning into U+FFFD, so no text is silently lost.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
