using Dossier.Core.Records;
using Dossier.Interop.Tests.Jsonl;
using static Dossier.Interop.Tests.Hostile.HostileRead;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>Issue 15: JSON Lines nesting, oversized fields, one id for two sources, code points the archive refuses.</summary>
public sealed class JsonlHostileTests
{
    private static string Line(Action<ArchiveRecord> change)
    {
        var record = JsonlSamples.Records()[0];
        change(record);
        return RecordJson.Serialize(record);
    }

    [Fact]
    public async Task Should_report_nesting_too_deep_on_its_line()
    {
        var deep = "{\"deep\":" + Repeat("[", 100_000) + Repeat("]", 100_000) + "}";

        var error = await FailsAsync(JsonlReader, "deep.jsonl", Line(_ => { }) + "\n" + deep + "\n");

        Assert.Equal(2, error.Line);
        Assert.Contains("nested too deeply", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_record_id_longer_than_the_index_can_hold()
    {
        var error = await FailsAsync(JsonlReader, "long.jsonl", Line(r => r.Source.RecordId = Repeat("x", 40_000)));

        Assert.Equal(1, error.Line);
        Assert.Equal("source.record_id", error.Field);
        Assert.StartsWith("long.jsonl:1: source.record_id: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_an_archive_name_longer_than_the_store_keeps()
    {
        // The store's source_archive column holds 200 characters in both providers; 201 passed the old 512 limit.
        var error = await FailsAsync(JsonlReader, "archive.jsonl", Line(r => r.Source.Archive = Repeat("a", 201)));

        Assert.Equal("source.archive", error.Field);
        Assert.Contains("200", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_subject_longer_than_a_name_may_be()
    {
        var error = await FailsAsync(JsonlReader, "subject.jsonl", Line(r => r.Subjects = ["fine", Repeat("Cold War ", 5_000)]));

        Assert.Equal("subjects[1]", error.Field);
    }

    [Fact]
    public async Task Should_refuse_a_second_source_under_the_same_id_naming_both_lines()
    {
        var first = Line(r => r.Id = "dshared0000001");
        var second = Line(r =>
        {
            r.Id = "dshared0000001";
            r.Source.RecordId = "another";
        });

        var error = await FailsAsync(JsonlReader, "two.jsonl", first + "\n\n" + second + "\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("id", error.Field);
        Assert.Contains("line 1", error.Problem, StringComparison.Ordinal);
        Assert.Contains("two sources never share one record", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_the_same_source_twice_in_one_file()
    {
        var line = Line(_ => { });

        var error = await FailsAsync(JsonlReader, "again.jsonl", line + "\n" + line + "\n");

        Assert.Equal(2, error.Line);
        Assert.Contains("given twice", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\uFFFE")]
    [InlineData("\\u0000")]
    [InlineData("\\uD800")]
    public async Task Should_refuse_noncharacters_nul_and_lone_surrogates_with_line_and_field(string escape)
    {
        var line = Line(r => r.Title = "TITLE").Replace("TITLE", "Bad " + escape + " title", StringComparison.Ordinal);

        var error = await FailsAsync(JsonlReader, "odd.jsonl", "\n" + line);

        Assert.Equal(2, error.Line);
        Assert.Equal("title", error.Field);
    }
}
