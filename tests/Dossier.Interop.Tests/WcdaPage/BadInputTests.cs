using System.Text;
using Dossier.Core.Importing;
using Dossier.Testing;

namespace Dossier.Interop.Tests.WcdaPage;

public sealed class BadInputTests : IDisposable
{
    private const string Head = "\n**May 1, 1960**\n\n**A Note**\n\n**Citation:**\n\n\"A Note\", May 1, 1960, Wilson Center Digital Archive.\n\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Should_refuse_an_empty_file()
    {
        var e = await ReadAsync("empty.md", []);

        Assert.Contains("not a Wilson Center page export", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_binary_file_naming_its_line()
    {
        var e = await ReadAsync("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.NotNull(e.Line);
        Assert.Matches("binary|UTF-8", e.Problem);
    }

    [Fact]
    public async Task Should_refuse_markdown_that_is_not_a_record()
    {
        var e = await ReadAsync("notes.md", Encoding.UTF8.GetBytes("\n# Shopping list\n\n- bread\n- milk\n"));

        Assert.Equal(2, e.Line);
        Assert.EndsWith("notes.md:2: not a Wilson Center page export: no bold date line, title or **Citation:** label", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_name_the_missing_source_url()
    {
        var e = await ReadAsync("no-url.md", Encoding.UTF8.GetBytes(Head + "**Contents:**\n\nSome text of the note.\n"));

        Assert.Equal("source url", e.Field);
        Assert.Equal(6, e.Line);
    }

    [Fact]
    public async Task Should_name_the_missing_title()
    {
        var e = await ReadAsync("no-title.md", Encoding.UTF8.GetBytes("**May 1, 1960**\n\n**Citation:**\n\n\"X\", Wilson Center Digital Archive.\n\n<https://example.org/document/1>\n"));

        Assert.Equal("title", e.Field);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public async Task Should_name_an_unknown_original_language()
    {
        var e = await ReadAsync("klingon.md", Encoding.UTF8.GetBytes(Head + "<https://example.org/document/7>\n\n**Original Language:**\n\nKlingon\n"));

        Assert.Equal("Original Language", e.Field);
        Assert.Equal(12, e.Line);
        Assert.Contains("'Klingon'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_the_line_of_invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "<https://example.org/document/7>\n\n**Summary:**\n\nbad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" byte\n")).ToArray();

        var e = await ReadAsync("latin1.md", bytes);

        Assert.Equal(14, e.Line);
        Assert.Contains("not valid UTF-8", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_50_megabyte_file_without_reading_it()
    {
        var path = _temp.File("huge.md");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }
        var opened = 0L;
        var source = new ImportSource(path, () => File.OpenRead(path)) { Progress = new Recorder(b => opened = b) };

        var e = await Assert.ThrowsAsync<ImportException>(() => ReaderHarness.Reader.ReadAsync(source, new NullSink(), TestContext.Current.CancellationToken));

        Assert.Contains("50 MB", e.Problem, StringComparison.Ordinal);
        Assert.Equal(0, opened);
    }

    [Fact]
    public async Task Should_refuse_an_unseekable_stream_past_the_limit()
    {
        var source = new ImportSource("pipe.md", () => new UnseekableStream(11L * 1024 * 1024));

        var e = await Assert.ThrowsAsync<ImportException>(() => ReaderHarness.Reader.ReadAsync(source, new NullSink(), TestContext.Current.CancellationToken));

        Assert.Contains("larger than 10 MB", e.Problem, StringComparison.Ordinal);
    }

    private async Task<ImportException> ReadAsync(string name, byte[] bytes)
    {
        var path = _temp.File(name);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        var e = await Assert.ThrowsAsync<ImportException>(() => ReaderHarness.ReadAsync(path));
        Assert.Equal(path, e.File);
        return e;
    }

    private sealed class Recorder(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class NullSink : IImportSink
    {
        public ValueTask AddRecordAsync(Core.Records.ArchiveRecord record, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask AddAuthorityAsync(Core.Authorities.Authority authority, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask AddCollectionAsync(Core.Collections.Collection collection, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    /// <summary>A pipe-like stream of spaces that cannot tell its length.</summary>
    private sealed class UnseekableStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
