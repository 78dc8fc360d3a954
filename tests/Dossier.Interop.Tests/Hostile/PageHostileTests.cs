using System.Text;
using Dossier.Testing;
using static Dossier.Interop.Tests.Hostile.HostileRead;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>Issue 15: U+FFFE in a page export failed with no line; patterns that backtrack on a long line; oversized fields.</summary>
public sealed class PageHostileTests
{
    private static readonly string Model = File.ReadAllText(Shared.ModelRecord);

    private static string WithLine(int lineIndex, string line)
    {
        var lines = Model.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines.Insert(lineIndex, line);
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFDD0")]
    public async Task Should_refuse_a_noncharacter_naming_its_line(string noncharacter)
    {
        var lines = Model.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var at = Array.FindIndex(lines, l => l.Length > 20 && !l.StartsWith("**", StringComparison.Ordinal));
        lines[at] = lines[at][..10] + noncharacter + lines[at][10..];

        var error = await FailsAsync(PageReader, "page.md", string.Join('\n', lines));

        Assert.Equal(at + 1, error.Line);
        Assert.Contains("noncharacter", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "x")]
    [InlineData("<sup>", "")]
    [InlineData("~~a", "")]
    public async Task Should_read_a_long_hostile_body_line_in_linear_time(string filler, string end)
    {
        var lines = Model.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var body = Array.FindLastIndex(lines, l => l.Length > 40);
        var text = WithLine(body, Repeat(filler, 200_000 / filler.Length) + end);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await ReadAsync(PageReader, "long.md", text);
        }
        catch (Core.Importing.ImportException e)
        {
            Assert.StartsWith("long.md", e.Message, StringComparison.Ordinal);
        }

        // A backtracking pattern takes minutes here (quadratic in the line); the linear ones well under the bound.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 60);
    }

    [Fact]
    public async Task Should_refuse_an_oversized_title_naming_the_title_line()
    {
        var lines = Model.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = Array.FindIndex(lines, 1, l => l.StartsWith("**", StringComparison.Ordinal));
        lines[title] = "**" + Repeat("Letter ", 1_000) + "**";

        var error = await FailsAsync(PageReader, "title.md", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        Assert.Equal("title", error.Field);
        Assert.NotNull(error.Line);
    }
}
