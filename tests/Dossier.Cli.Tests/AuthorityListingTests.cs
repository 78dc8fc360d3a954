using System.Globalization;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// `dossier people` lists a much-cited person's public documents by date a few at a time, with how many there are in
/// all; and every listing keeps a title that breaks across lines in its source on its own line.
/// </summary>
public sealed class AuthorityListingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_count_a_persons_public_documents_and_list_the_first_by_date_one_line_each()
    {
        var data = await ArchiveAsync();

        var text = await CliRun.RunAsync("people", "Varlow", "--data", data);
        var none = await CliRun.RunAsync("people", "Varlow", "--documents", "0", "--data", data);
        var all = await CliRun.RunAsync("people", "Varlow", "--json", "--documents", "100", "--data", data);
        var list = await CliRun.RunAsync("list", "--data", data);
        var search = await CliRun.RunAsync("search", "ferry", "--limit", "40", "--data", data);

        Assert.All(new[] { text, none, all, list, search }, run => Assert.Equal(0, run.ExitCode));
        var rows = Rows(text.Output);
        Assert.Equal(20, rows.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(Day), rows.Select(r => r[..10]));
        Assert.Contains("… 5 more of 25 documents", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", text.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Rows(none.Output));
        Assert.Contains("… 25 more of 25 documents", none.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(all.Output);
        var person = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(25, person.GetProperty("document_count").GetInt32());
        var documents = person.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source_id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"ferry-{i:D2}"), documents);
        Assert.Equal("No. 7\n   Ferry letter 7", person.GetProperty("documents")[7].GetProperty("title").GetString());

        // The title's line break is a space on a terminal: each listing row is whole.
        Assert.Contains($"{Day(7)}  ferry-07                No. 7 Ferry letter 7", text.Output, StringComparison.Ordinal);
        Assert.Contains("ferry-07                No. 7 Ferry letter 7", list.Output, StringComparison.Ordinal);
        Assert.Contains(". No. 7 Ferry letter 7", search.Output, StringComparison.Ordinal);
        Assert.All(new[] { text, list, search }, run => Assert.DoesNotContain(
            run.Output.Split('\n'), line => line.TrimStart().StartsWith("Ferry letter", StringComparison.Ordinal)));
    }

    private static List<string> Rows(string output) =>
        [.. output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("1961-", StringComparison.Ordinal))];

    private static string Day(int i) => new DateOnly(1961, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> ArchiveAsync()
    {
        var data = _folder.File("data");
        // Written in reverse date order, so the listing's order is its own; three drafts cite him too.
        var letters = Enumerable.Range(0, 28).Reverse().Select(i =>
        {
            var letter = CitingLetters.Letter("Listing test archive", $"ferry-{i:D2}", i >= 25 ? $"A draft ferry letter {i}" : $"No. {i}\n   Ferry letter {i}");
            letter.Date = HistoricalDate.Day(new DateOnly(1961, 1, 1).AddDays(i));
            letter.Status = i >= 25 ? RecordStatus.Draft : RecordStatus.Published;
            return letter;
        });
        await CitingLetters.ImportAsync(_folder.File("ferry.jsonl"), data, letters);
        return data;
    }
}
