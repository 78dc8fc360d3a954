namespace Dossier.Interop.Importers.Jsonl;

/// <summary>Splits a stream into lines of bytes ("\n" or "\r\n" ended) without decoding them, so each line is validated on its own.</summary>
internal sealed class JsonlLineReader(Stream stream, long maxLine)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public long BytesRead { get; private set; }

    /// <summary>The next line without its line end, or null at the end of the stream. The memory is valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = _start;
        while (true)
        {
            var at = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (at >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, at - _start);
                _start = at + 1;
                return TrimCarriageReturn(line);
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }
                var last = new ReadOnlyMemory<byte>(_buffer, _start, _end - _start);
                _start = _end;
                return TrimCarriageReturn(last);
            }
            scanFrom = _end - _start;
            Compact();
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }
            _end += read;
            BytesRead += read;
        }
    }

    /// <summary>Moves the unread bytes to the front, growing the buffer when a line fills it.</summary>
    private void Compact()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            if (pending > maxLine)
            {
                // The caller refuses a line this long: hand it what is read so far instead of growing without end.
                _end = _start + pending;
                _eof = true;
                return;
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        }
        _start = 0;
        _end = pending;
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
