using System.Text.Json;
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
        await CitingLetters.ImportAsync(_folder.File("varlow.jsonl"), data,
            Enumerable.Range(0, 5).Select(i => CitingLetters.Letter("Suggestion test archive", $"ferry-{i}", $"Ferry letter {i}")));

        // Гескет transcribes Hesketh (г as h, т as th) and finds the letters; with its т doubled, as the English letters
        // are not, no rule reads it, and the name that sounds alike is offered.
        var found = await CliRun.RunAsync("search", "Гескет", "--data", data);
        var text = await CliRun.RunAsync("search", "Гескетт", "--data", data);
        var json = await CliRun.RunAsync("search", "Гескетт", "--json", "--data", data);

        Assert.StartsWith("5 records", found.Output, StringComparison.Ordinal);
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("0 records", text.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean: Hesketh", text.Output, StringComparison.Ordinal);
        using var answer = JsonDocument.Parse(json.Output);
        Assert.Equal(["Hesketh"], answer.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }
}
