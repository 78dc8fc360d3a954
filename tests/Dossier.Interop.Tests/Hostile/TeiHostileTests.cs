using System.Text;
using static Dossier.Interop.Tests.Hostile.HostileRead;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>Issue 15: deep nesting crashed the process (stack overflow); a UTF-16 declaration was reported at line 0.</summary>
public sealed class TeiHostileTests
{
    [Theory]
    [InlineData("persName", 50_000)]
    [InlineData("div", 50_000)]
    [InlineData("hi", 100_000)]
    [InlineData("hi", 1_000_000)]
    public async Task Should_report_nesting_too_deep_with_line_and_column_instead_of_overflowing_the_stack(string element, int depth)
    {
        var nested = "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>One</head><p>\n" + Repeat("<" + element + ">", depth) + "x"
            + Repeat("</" + element + ">", depth) + "</p></div>";

        var error = await FailsAsync(TeiReader, "deep.xml", TeiFile(nested));

        Assert.Contains("nested too deeply", error.Problem, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("deep.xml:6:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_still_read_nesting_within_the_limit()
    {
        var nested = "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>One</head><p>" + Repeat("<hi>", 200) + "deep text" + Repeat("</hi>", 200) + "</p></div>";

        var sink = await ReadAsync(TeiReader, "deep.xml", TeiFile(nested));

        Assert.Contains("deep text", Assert.Single(sink.Records).Layers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_a_utf16_declaration_without_a_byte_order_mark_on_line_1()
    {
        var text = TeiFile("<div type=\"document\" xml:id=\"d1\"><head>One</head><p>Text</p></div>").Replace("UTF-8", "UTF-16", StringComparison.Ordinal);

        var error = await FailsAsync(TeiReader, "utf16.xml", Encoding.UTF8.GetBytes(text));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("utf16.xml:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_name_longer_than_the_index_can_hold_naming_field_and_line()
    {
        var doc = "<div type=\"document\" xml:id=\"d1\"><head>One</head>\n<p><persName>" + Repeat("Khrushchev ", 4_000) + "</persName></p></div>";

        var error = await FailsAsync(TeiReader, "long.xml", TeiFile(doc));

        Assert.Equal("people[0].name", error.Field);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public async Task Should_refuse_two_documents_with_the_same_id_naming_both_lines()
    {
        var docs = "<div type=\"document\" xml:id=\"d1\"><head>One</head><p>A</p></div>\n<div type=\"document\" xml:id=\"d1\"><head>Again</head><p>B</p></div>";

        var error = await FailsAsync(TeiReader, "twice.xml", TeiFile(docs));

        Assert.Equal(6, error.Line);
        Assert.Equal("id", error.Field);
        Assert.Contains("line 5", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_a_hundred_thousand_names_without_quadratic_work()
    {
        var names = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            names.Append("<placeName>P").Append(i).Append("</placeName> ");
        }
        var doc = "<div type=\"document\" xml:id=\"d1\"><head>One</head><p>" + names + "</p></div>";

        var error = await FailsAsync(TeiReader, "many.xml", TeiFile(doc));

        // Linking stays linear, and the record is then refused for holding more links than a record may.
        Assert.Equal("places", error.Field);
    }

    // Fuzz finding (bench, tei-1169): a byte-order mark of another encoding at the start failed while the XML
    // reader was being created, outside the reader's error handling, and was reported as an unexpected XmlException.
    [Fact]
    public async Task Should_report_a_foreign_byte_order_mark_as_malformed_xml_on_line_1()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(TeiFile("<div type=\"document\" xml:id=\"d1\"><head>One</head><p>A</p></div>"))];

        var error = await FailsAsync(TeiReader, "bom.xml", bytes);

        Assert.Equal(1, error.Line);
        Assert.Contains("malformed XML", error.Problem, StringComparison.Ordinal);
    }
}
