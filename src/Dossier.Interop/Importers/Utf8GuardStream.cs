using System.Buffers;
using System.Globalization;
using System.Text;
using Dossier.Core.Importing;

namespace Dossier.Interop.Importers;

/// <summary>
/// A read-only pass-through stream that checks, as the bytes go by, that they are strict UTF-8 without NUL,
/// counting lines ("\n", "\r\n" or a lone "\r"), so a bad byte is reported on its own line wherever it stands in
/// the file, not at a decoder's buffer position. Decoders read ahead; this check does not depend on how far.
/// </summary>
internal sealed class Utf8GuardStream(Stream inner, string file) : Stream
{
    private readonly byte[] _pending = new byte[4];
    private int _pendingCount;
    private int _line = 1;
    private bool _afterCarriageReturn;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Check(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Check(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Check(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            if (_pendingCount > 0)
            {
                throw Invalid(_pending[0], "a character is cut off at the end of the file");
            }
            return 0;
        }
        var i = 0;
        // A character split between two reads is completed from the new bytes first.
        while (_pendingCount > 0 && i < bytes.Length)
        {
            _pending[_pendingCount++] = bytes[i++];
            var status = Rune.DecodeFromUtf8(_pending.AsSpan(0, _pendingCount), out _, out _);
            if (status == OperationStatus.Done)
            {
                _pendingCount = 0;
            }
            else if (status != OperationStatus.NeedMoreData || _pendingCount == _pending.Length)
            {
                throw Invalid(_pending[0], "is not valid UTF-8");
            }
        }
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                Ascii(b);
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                bytes[i..].CopyTo(_pending);
                _pendingCount = bytes.Length - i;
                break;
            }
            if (status != OperationStatus.Done)
            {
                throw Invalid(b, "is not valid UTF-8");
            }
            _afterCarriageReturn = false;
            i += consumed;
        }
        return bytes.Length;
    }

    private void Ascii(byte b)
    {
        if (b == 0)
        {
            throw new ImportException(file, _line, null, "the file is binary, not text (it holds a NUL byte)");
        }
        if (b == (byte)'\r' || (b == (byte)'\n' && !_afterCarriageReturn))
        {
            _line++;
        }
        _afterCarriageReturn = b == (byte)'\r';
    }

    private ImportException Invalid(byte b, string problem) =>
        new(file, _line, null, $"the file is not valid UTF-8: byte 0x{b.ToString("X2", CultureInfo.InvariantCulture)} {problem}");
}
