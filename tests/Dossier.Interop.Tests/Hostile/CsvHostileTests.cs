using System.Text;
using Dossier.Core.Importing;
using Dossier.Interop.Importers.Csv;
using static Dossier.Interop.Tests.Hostile.HostileRead;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>Issue 15: CSV bad bytes reported at a decoder position with no line, NUL past the first 8 KB, one id twice, huge cells.</summary>
public sealed class CsvHostileTests
{
    private static string Rows(int count)
    {
        var text = new StringBuilder("id,title,text\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("r").Append(i).Append(",Title ").Append(i).Append(",\"Some text of row ").Append(i).Append(", long enough to fill a buffer or two.\"\n");
        }
        return text.ToString();
    }

    private static byte[] WithBytesOnLine(string text, int line, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = 0;
        for (var seen = 1; seen < line; at++)
        {
            seen += bytes[at] == (byte)'\n' ? 1 : 0;
        }
        return [.. bytes[..(at + 3)], .. bad, .. bytes[(at + 3)..]];
    }

    [Theory]
    [InlineData(7)]
    [InlineData(400)]
    public async Task Should_report_invalid_utf8_on_its_line(int line)
    {
        var bytes = WithBytesOnLine(Rows(600), line, [0xC3, 0x28]);

        var error = await FailsAsync(CsvRows, "bad.csv", bytes);

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"bad.csv:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_nul_byte_past_the_first_8_kb_like_the_other_formats()
    {
        var bytes = WithBytesOnLine(Rows(600), 500, [0]);
        Assert.True(Array.IndexOf(bytes, (byte)0) > 8192);

        var error = await FailsAsync(CsvRows, "nul.csv", bytes);

        Assert.Equal(500, error.Line);
        Assert.Contains("NUL", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_second_row_with_the_same_id_naming_both_lines()
    {
        var error = await FailsAsync(CsvRows, "twice.csv", "id,title\nr1,One\nr2,Two\nr1,One again\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("line 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_cell_over_the_limit_while_reading_it()
    {
        var reader = new CsvReader(new ImportLimits { MaxLayerLength = 10_000 });

        var error = await FailsAsync(reader, "huge.csv", "id,title,text\nr1,One,ok\nr2,Two,\"" + Repeat("word ", 10_000) + "\"\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("cell 3", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_noncharacter_with_its_line()
    {
        var error = await FailsAsync(CsvRows, "odd.csv", "id,title\nr1,One\nr2,T\uFFFEwo\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("title", error.Field);
    }
}
