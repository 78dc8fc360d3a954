using System.Text;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Jsonl;

namespace Dossier.Interop.Tests.Jsonl;

public sealed class JsonlRecordReaderTests
{
    private static readonly string Good = RecordJson.Serialize(JsonlSamples.Records()[2]);

    private static readonly string Other = RecordJson.Serialize(JsonlSamples.Records()[0]);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_read_records_authorities_and_collections_and_skip_blank_lines()
    {
        var text = "\n{\"type\":\"collection\",\"collection\":{\"id\":\"c1\",\"title\":\"One\"}}\r\n  \n"
            + "{\"type\":\"authority\",\"authority\":{\"id\":\"p1\",\"kind\":\"person\",\"preferred_name\":\"Someone\"}}\n"
            + Other + "\n" + Good;

        var sink = await ReadAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(["c1"], sink.Collections.Select(c => c.Id));
        Assert.Equal(Core.Authorities.AuthorityKind.Person, Assert.Single(sink.Authorities).Kind);
        Assert.Equal(2, sink.Records.Count);
        Assert.Equal(Good, RecordJson.Serialize(sink.Records[1]));
    }

    [Fact]
    public async Task Should_name_file_line_and_field_when_the_title_is_missing()
    {
        var line = Good.Replace("\"title\":\"Circa letter\"", "\"title\":\"\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes(Good + "\n\n" + line + "\n")));

        Assert.Equal("test.jsonl:3: title: missing", error.Message);
    }

    [Fact]
    public async Task Should_name_the_json_path_of_a_value_of_the_wrong_kind()
    {
        var line = Good.Replace("\"kind\":\"transcription\"", "\"kind\":\"poem\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes(line)));

        Assert.Equal(1, error.Line);
        Assert.Equal("layers[0].kind", error.Field);
    }

    [Fact]
    public async Task Should_reject_invalid_utf8_with_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(Good + "\n{\"title\":\"ab").Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}"u8.ToArray()).ToArray();

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(bytes));

        Assert.Equal((2, 13), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_reject_a_line_that_is_not_one_json_object()
    {
        var broken = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes(Good + "\n{\"title\": }")));
        var array = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes("[1,2]")));
        var type = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes("{\"type\":\"poem\"}")));

        Assert.Equal((2, "not valid JSON"), (broken.Line, broken.Problem));
        Assert.Equal("each line must be one JSON object", array.Problem);
        Assert.Equal("type", type.Field);
    }

    [Fact]
    public async Task Should_reject_a_page_that_starts_outside_its_text()
    {
        var record = JsonlSamples.Records()[0];
        record.Layers[0].Pages[1].Start = 999;

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes(RecordJson.Serialize(record))));

        Assert.Equal("layers[0].pages[1].start", error.Field);
    }

    [Fact]
    public async Task Should_reject_a_record_without_source_identity()
    {
        var line = Good.Replace("\"record_id\":\"77\"", "\"record_id\":null", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(Encoding.UTF8.GetBytes(line)));

        Assert.Equal("source.record_id", error.Field);
    }

    [Fact]
    public async Task Should_read_a_long_line_and_a_leading_byte_order_mark()
    {
        var record = JsonlSamples.Records()[0];
        record.Layers[0].Text = string.Concat(Enumerable.Repeat("Длинная строка. ", 20_000));
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(RecordJson.Serialize(record) + "\n" + Good)).ToArray();

        var sink = await ReadAsync(bytes);

        Assert.Equal(record.Layers[0].Text, sink.Records[0].Layers[0].Text);
        Assert.Equal(2, sink.Records.Count);
    }

    [Theory]
    [InlineData("a/b.jsonl", "", true)]
    [InlineData("a/b.NDJSON", "", true)]
    [InlineData("a/b.txt", "  {\"title\":1}", true)]
    [InlineData("a/b.md", "# Title", false)]
    [InlineData("a/b.xml", "<TEI>", false)]
    public void Should_recognise_json_lines_by_extension_or_first_byte(string path, string head, bool expected) =>
        Assert.Equal(expected, new JsonlRecordReader().CanRead(path, Encoding.UTF8.GetBytes(head)));

    private static async Task<JsonlSamples.ListSink> ReadAsync(byte[] bytes)
    {
        var sink = new JsonlSamples.ListSink();
        var source = new ImportSource("test.jsonl", () => new MemoryStream(bytes));
        await new JsonlRecordReader().ReadAsync(source, sink, Cancel);
        return sink;
    }
}
