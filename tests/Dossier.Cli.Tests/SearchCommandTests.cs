using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_print_hits_with_why_and_snippets_and_honour_date_filters()
    {
        var data = _folder.File("data");
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", data);

        var found = await CliRun.RunAsync("search", "Пишевари", "--json", "--facets", "--data", data);
        var later = await CliRun.RunAsync("search", "Pishevari", "--from", "1956", "--json", "--data", data);
        var junk = await CliRun.RunAsync("search", "Soviet Union (see also; under \"Turkey", "--json", "--data", data);
        var badDate = await CliRun.RunAsync("search", "Pishevari", "--from", "yesterday", "--data", data);

        Assert.Equal(0, found.ExitCode);
        using var json = JsonDocument.Parse(found.Output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("took_ms", out _));
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("119698", hit.GetProperty("source_id").GetString());
        Assert.NotEmpty(hit.GetProperty("why").EnumerateArray());
        var snippetLanguages = hit.GetProperty("snippets").EnumerateArray().Select(s => s.GetProperty("lang").GetString()).ToList();
        Assert.Contains("ru", snippetLanguages);
        Assert.Contains("en", snippetLanguages);
        Assert.True(json.RootElement.GetProperty("facets").TryGetProperty("decade", out _));
        using var none = JsonDocument.Parse(later.Output);
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(0, junk.ExitCode);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--from", badDate.Error, StringComparison.Ordinal);
    }
}
