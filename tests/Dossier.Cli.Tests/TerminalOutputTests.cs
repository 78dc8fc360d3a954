using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// Every imported text is untrusted, on a terminal too: a title or a text carrying escape sequences (a window title set,
/// the screen cleared, colours changed, a C1 control sequence introducer) is shown by `list`, `show`, `search` and
/// `people`, never obeyed, while `--json` and `export` keep it exactly as stored.
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private const string Title = "Ferry \u001b]0;owned\u0007letter \u001b[31mred\u001b[0m\u009b2J\u0008 of March";

    private static readonly string Person = AuthorityId.For(AuthorityKind.Person, "Quentin Marrowby");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_show_control_characters_of_imported_text_and_never_write_them_to_the_terminal()
    {
        var data = _folder.File("data");
        var file = _folder.File("hostile.jsonl");
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "Terminal test archive", RecordId = "hostile-1" },
            Title = Title,
            Date = HistoricalDate.Year(1960),
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The ferry \u001b[2J timetable \u001b[0m was sent on by Quentin \u009b31m Marrowby." }],
            People = [new EntityLink { Name = "Quentin \u001b[5m Marrowby", AuthorityId = Person }],
        };
        record.Id = RecordId.For(record.Source);
        var person = new Authority { Id = Person, Kind = AuthorityKind.Person, PreferredName = "Marrowby, Quentin \u001b[5m", Description = "Ferry clerk \u009b2J" };
        string[] lines = [JsonSerializer.Serialize(new { type = "authority", authority = person }, RecordJson.Options), RecordJson.Serialize(record)];
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliRun.RunAsync("import", file, "--data", data)).ExitCode);

        var shown = new[]
        {
            await CliRun.RunAsync("list", "--data", data),
            await CliRun.RunAsync("show", record.Id, "--data", data),
            await CliRun.RunAsync("search", "timetable", "--data", data),
            await CliRun.RunAsync("people", "Marrowby", "--data", data),
        };
        var json = await CliRun.RunAsync("show", record.Id, "--json", "--data", data);
        var export = await CliRun.RunAsync("export", "--format", "jsonl", "--data", data);

        foreach (var run in shown)
        {
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain(run.Output, c => c is '\u001b' or '\u0007' or '\u0008' or '\u009b');
        }
        // Shown, not dropped: the words are there and each control character stands as U+FFFD.
        Assert.Contains("Ferry \uFFFD]0;owned\uFFFDletter \uFFFD[31mred\uFFFD[0m\uFFFD2J\uFFFD of March", shown[0].Output, StringComparison.Ordinal);
        Assert.Contains("1 record", shown[2].Output, StringComparison.Ordinal);
        Assert.Contains("timetable", shown[2].Output, StringComparison.Ordinal);
        Assert.Contains("Marrowby, Quentin \uFFFD[5m — Ferry clerk \uFFFD2J", shown[3].Output, StringComparison.Ordinal);
        Assert.Contains("\uFFFD[31mred", shown[3].Output, StringComparison.Ordinal);
        using var stored = JsonDocument.Parse(json.Output);
        Assert.Equal(Title, stored.RootElement.GetProperty("title").GetString());
        Assert.Contains(Title, export.Output.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.TryGetProperty("title", out var title) ? title.GetString() : null));
    }
}
