using System.Text;
using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Data => _folder.File("data");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_import_the_model_record_and_show_it_as_json()
    {
        var import = await CliRun.RunAsync("--data", Data, "import", Shared.ModelRecord, "--json");

        Assert.Equal(0, import.ExitCode);
        using var report = JsonDocument.Parse(import.Output);
        Assert.Equal(1, report.RootElement.GetProperty("imported").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("updated").GetInt32());
        Assert.Empty(report.RootElement.GetProperty("failed").EnumerateArray());
        var id = Assert.Single(report.RootElement.GetProperty("ids").EnumerateArray()).GetString();

        var show = await CliRun.RunAsync("show", "119698", "--json", "--data", Data);

        Assert.Equal(0, show.ExitCode);
        using var record = JsonDocument.Parse(show.Output);
        var root = record.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetString());
        Assert.Equal("119698", root.GetProperty("source").GetProperty("record_id").GetString());
        Assert.Equal(
            "Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari",
            root.GetProperty("title").GetString());
        Assert.Equal("1955-08-02", root.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("day", root.GetProperty("date").GetProperty("precision").GetString());
        var reference = root.GetProperty("archival_reference");
        Assert.Equal("RGANI", reference.GetProperty("repository").GetString());
        Assert.Equal("5", reference.GetProperty("fond").GetString());
        Assert.Equal("28", reference.GetProperty("opis").GetString());
        Assert.Equal("347", reference.GetProperty("delo").GetString());
        Assert.Equal("83", reference.GetProperty("reel").GetString());
        var contributors = root.GetProperty("contributors").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("role").GetString())).ToList();
        Assert.Contains(("Roham Alvandi", "contributor"), contributors);
        Assert.Contains(("Gary Goldberg", "translator"), contributors);
        var layers = root.GetProperty("layers").EnumerateArray()
            .Select(l => (l.GetProperty("kind").GetString(), l.GetProperty("lang").GetString())).ToList();
        Assert.Equal([("transcription", "ru"), ("original", "az-Cyrl"), ("translation", "en")], layers);
        var russian = root.GetProperty("layers")[0].GetProperty("text").GetString()!;
        Assert.Contains("служит", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("слу-", russian, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{L}\s+(120|121|4\.)\s+\p{L}", russian);
    }

    [Fact]
    public async Task Should_update_instead_of_duplicating_when_the_same_record_is_imported_again()
    {
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data);

        var again = await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data, "--json");
        var list = await CliRun.RunAsync("list", "--json", "--data", Data);

        Assert.Equal(0, again.ExitCode);
        using var report = JsonDocument.Parse(again.Output);
        Assert.Equal(0, report.RootElement.GetProperty("imported").GetInt32());
        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(1, listed.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_find_the_same_file_imported_again_unchanged_with_the_people_the_first_import_cited()
    {
        // The first import meets its names as new ones and its aftercare links the record again; the second meets them
        // as known ones. Both must cite the same people by the same names, or the unchanged file is reported updated.
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data);
        var first = await CliRun.RunAsync("show", "119698", "--json", "--data", Data);

        var again = await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data, "--json");
        var second = await CliRun.RunAsync("show", "119698", "--json", "--data", Data);

        Assert.Equal(0, again.ExitCode);
        using var report = JsonDocument.Parse(again.Output);
        Assert.Equal((0, 0, 1), (report.RootElement.GetProperty("imported").GetInt32(), report.RootElement.GetProperty("updated").GetInt32(), report.RootElement.GetProperty("unchanged").GetInt32()));
        using var before = JsonDocument.Parse(first.Output);
        using var after = JsonDocument.Parse(second.Output);
        var people = Cited(before, "people");
        Assert.Equal(people, Cited(after, "people"));
        Assert.Equal(Cited(before, "places"), Cited(after, "places"));
        // Cited by the Latin spelling written most often, the tie going to the one nearest the Russian original.
        Assert.Contains(people, p => p.StartsWith("Pishevari=", StringComparison.Ordinal));
        Assert.Contains(people, p => p.StartsWith("Khrushchev=", StringComparison.Ordinal));
    }

    private static List<string> Cited(JsonDocument record, string kind) =>
        [.. record.RootElement.GetProperty(kind).EnumerateArray().Select(p => p.GetProperty("name").GetString() + "=" + p.GetProperty("authority_id").GetString())];

    [Fact]
    public async Task Should_report_each_bad_file_and_still_import_the_good_ones()
    {
        var bad = _folder.File("bad");
        Directory.CreateDirectory(bad);
        await File.WriteAllTextAsync(Path.Combine(bad, "empty.md"), "", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(bad, "binary.bin"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 1, 2, 3], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(bad, "shopping.md"), "# Shopping list\n\n- bread\n- milk\n", TestContext.Current.CancellationToken);
        var invalid = Encoding.UTF8.GetBytes("**August 2, 1955**\n\n**A title**\n\n**Citation:**\n\nbroken ").Concat(new byte[] { 0xC3, 0x28, 0xA0 }).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(bad, "invalid-utf8.md"), invalid, TestContext.Current.CancellationToken);
        File.Copy(Shared.ModelRecord, Path.Combine(bad, "good.md"));

        var run = await CliRun.RunAsync("import", bad, "--data", Data, "--json");

        Assert.NotEqual(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(1, report.RootElement.GetProperty("imported").GetInt32());
        var failed = report.RootElement.GetProperty("failed").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!), f => f.GetProperty("error").GetString()!, StringComparer.Ordinal);
        Assert.Equal(["binary.bin", "empty.md", "invalid-utf8.md", "shopping.md"], failed.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("empty", failed["empty.md"], StringComparison.Ordinal);
        Assert.Contains("binary", failed["binary.bin"], StringComparison.Ordinal);
        Assert.Contains("UTF-8", failed["invalid-utf8.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_50_megabyte_file_and_write_nothing()
    {
        var huge = _folder.File("huge.md");
        await using (var stream = File.Create(huge))
        {
            var line = Encoding.UTF8.GetBytes("**August 2, 1955**\n\n" + new string('x', 1000) + "\n");
            for (var written = 0L; written < 50_000_000; written += line.Length)
            {
                await stream.WriteAsync(line, TestContext.Current.CancellationToken);
            }
        }

        var run = await CliRun.RunAsync("import", huge, "--data", Data, "--json");
        var list = await CliRun.RunAsync("list", "--json", "--data", Data);

        Assert.NotEqual(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray());
        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(0, listed.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_print_file_line_and_field_for_a_record_missing_its_title()
    {
        var file = _folder.File("untitled.md");
        await File.WriteAllTextAsync(file, "**August 2, 1955**\n\n**Citation:**\n\n\"\", August 2, 1955, Wilson Center Digital Archive.\n\n<https://example.org/document/1>\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("import", file, "--data", Data);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Matches(@"untitled\.md:\d+: title: ", run.Error);
    }
}
