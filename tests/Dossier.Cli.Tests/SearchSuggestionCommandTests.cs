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

        var text = await CliRun.RunAsync("search", "Гескет", "--data", data);
        var json = await CliRun.RunAsync("search", "Гескет", "--json", "--data", data);

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("0 records", text.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean: Hesketh", text.Output, StringComparison.Ordinal);
        using var answer = JsonDocument.Parse(json.Output);
        Assert.Equal(["Hesketh"], answer.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }
}
