using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>`dossier search` says what the reading room's "did you mean" says, across scripts too.</summary>
public sealed class SearchSuggestionCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_print_the_name_a_russian_spelling_that_finds_nothing_sounds_like()
    {
        var data = _folder.File("data");
        var file = _folder.File("varlow.jsonl");
        var id = AuthorityId.For(AuthorityKind.Person, "Varlow, Hesketh");
        var person = new Authority { Id = id, Kind = AuthorityKind.Person, PreferredName = "Varlow, Hesketh" };
        var lines = new List<string> { JsonSerializer.Serialize(new { type = "authority", authority = person }, RecordJson.Options) };
        for (var i = 0; i < 5; i++)
        {
            var record = new ArchiveRecord
            {
                Source = new SourceIdentifier { Archive = "Suggestion test archive", RecordId = $"ferry-{i}" },
                Title = $"Ferry letter {i}",
                Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = $"The ferry timetable {i} was sent on by Hesketh Varlow." }],
                People = [new EntityLink { Name = "Hesketh Varlow", AuthorityId = id }],
            };
            record.Id = RecordId.For(record.Source);
            lines.Add(RecordJson.Serialize(record));
        }
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliRun.RunAsync("import", file, "--data", data)).ExitCode);

        var text = await CliRun.RunAsync("search", "Гескет", "--data", data);
        var json = await CliRun.RunAsync("search", "Гескет", "--json", "--data", data);

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("0 records", text.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean: Hesketh", text.Output, StringComparison.Ordinal);
        using var answer = JsonDocument.Parse(json.Output);
        Assert.Equal(["Hesketh"], answer.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }
}
