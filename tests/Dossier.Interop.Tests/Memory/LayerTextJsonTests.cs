using System.Buffers;
using System.Text;
using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Interop.Tests.Memory;

/// <summary>
/// Issue 15: a big layer's text goes to and from JSON (the store's document, JSON Lines) without buffers many times its
/// size, and the bytes are exactly those of an ordinary string value.
/// </summary>
public sealed class LayerTextJsonTests
{
    // Quotes, backslashes, line breaks, tabs, control characters, Cyrillic and emoji: every kind of escape and width.
    private const string Piece = "He said \"нет\" — a \\ b\n\tend 🙂 \u0001 <tag> & 'x' ";

    [Fact]
    public void Should_write_a_long_text_as_the_same_bytes_as_one_string_value()
    {
        // Slices end right after a high surrogate unless the converter steps back: the emoji is put there on purpose.
        var text = LongText(3 * LayerTextJsonConverter.Slice + 5, emojiAt: LayerTextJsonConverter.Slice - 1);
        var record = Record(text);

        var written = RecordJson.Serialize(record);

        Assert.Contains(PlainString(text), written, StringComparison.Ordinal);
        Assert.Equal(text, RecordJson.Deserialize(written)!.Layers[0].Text);
    }

    [Fact]
    public void Should_write_a_five_megabyte_text_without_a_buffer_of_its_size()
    {
        var text = LongText(5 * 1024 * 1024, emojiAt: null);
        var record = Record(text);
        var output = new ArrayBufferWriter<byte>(text.Length * 2);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = RecordJson.Options.Encoder });
        JsonSerializer.Serialize(writer, Record("warm up"), RecordJson.Options);
        writer.Reset();
        output.ResetWrittenCount();

        var before = GC.GetAllocatedBytesForCurrentThread();
        JsonSerializer.Serialize(writer, record, RecordJson.Options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One string value escaped at once takes a buffer of six times its length (60 MB here); the slices take kilobytes.
        Assert.True(allocated < 1024 * 1024, $"{allocated:N0} bytes allocated to write a {text.Length:N0}-character layer");
        Assert.Equal(text, RecordJson.Deserialize(Encoding.UTF8.GetString(output.WrittenSpan))!.Layers[0].Text);
    }

    [Fact]
    public void Should_read_a_five_megabyte_text_with_no_more_than_three_copies_of_it()
    {
        var text = LongText(5 * 1024 * 1024, emojiAt: null);
        var json = RecordJson.Serialize(Record(text));
        RecordJson.Deserialize(RecordJson.Serialize(Record(LongText(LayerTextJsonConverter.Slice * 2, emojiAt: null))));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = RecordJson.Deserialize(json)!;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The document's UTF-8 (~5 MB), the unescaped UTF-8 (~5 MB) and the text (10 MB): 20 MB, under 3 × its 10 MB.
        Assert.Equal(text, read.Layers[0].Text);
        Assert.True(allocated < 3L * text.Length * sizeof(char), $"{allocated:N0} bytes allocated to read a {text.Length:N0}-character layer");
    }

    private static string LongText(int length, int? emojiAt)
    {
        var text = new StringBuilder(length + Piece.Length);
        while (text.Length < length)
        {
            text.Append(Piece);
        }
        if (emojiAt is { } at)
        {
            text.Insert(at, "😀");
        }
        return text.ToString(0, length);
    }

    private static string PlainString(string text)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = RecordJson.Options.Encoder }))
        {
            writer.WriteStringValue(text);
        }
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static ArchiveRecord Record(string text) => new()
    {
        Id = "big1",
        Source = new SourceIdentifier { Archive = "Memory test", RecordId = "big1" },
        Title = "A big one",
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = text }],
    };
}
