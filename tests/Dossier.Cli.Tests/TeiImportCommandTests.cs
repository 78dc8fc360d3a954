using System.Text.Json;
using System.Xml;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>The bulk-ingest path end to end: both tei-mini volumes through `dossier import`, then show, people, search.</summary>
public sealed class TeiImportCommandTests : IClassFixture<TeiImportCommandTests.ImportedArchive>
{
    private readonly ImportedArchive _archive;

    public TeiImportCommandTests(ImportedArchive archive) => _archive = archive;

    [Fact]
    public void Should_import_every_document_division_of_both_volumes()
    {
        var expected = Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml").Sum(CountDocumentDivisions);

        Assert.Equal(0, _archive.Import.ExitCode);
        Assert.Equal(expected, _archive.Report.RootElement.GetProperty("imported").GetInt32());
        Assert.Empty(_archive.Report.RootElement.GetProperty("failed").EnumerateArray());
    }

    [Fact]
    public async Task Should_show_a_frus_document_with_date_pages_notes_and_people()
    {
        var show = await CliRun.RunAsync("show", "frus1961-63v06/d1", "--json", "--data", _archive.Data);

        Assert.Equal(0, show.ExitCode);
        using var json = JsonDocument.Parse(show.Output);
        var root = json.RootElement;
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1961-63v06/d1", root.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal("day", root.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("1960-11-09", root.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("Message From Chairman Khrushchev to President-elect Kennedy", root.GetProperty("title").GetString());
        Assert.Equal("Moscow", root.GetProperty("place_of_writing").GetString());
        var layer = root.GetProperty("layers")[0];
        Assert.NotEmpty(layer.GetProperty("pages").EnumerateArray());
        Assert.NotEmpty(layer.GetProperty("notes").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("people").EnumerateArray());
        Assert.Contains(root.GetProperty("collections").EnumerateArray(), c => c.GetProperty("collection_id").GetString() == "frus1961-63v06");
    }

    [Fact]
    public async Task Should_list_khrushchev_with_the_documents_that_cite_him()
    {
        var people = await CliRun.RunAsync("people", "Khrushchev", "--json", "--documents", "1000", "--data", _archive.Data);

        Assert.Equal(0, people.ExitCode);
        using var json = JsonDocument.Parse(people.Output);
        var khrushchev = json.RootElement.EnumerateArray()
            .First(p => p.GetProperty("name").GetString()!.StartsWith("Khrushchev, Nikita", StringComparison.Ordinal));
        var documents = khrushchev.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source_id").GetString()).ToList();
        Assert.Contains(documents, d => d!.StartsWith("frus1961-63v06/", StringComparison.Ordinal));
        Assert.True(documents.Count > 50, $"Khrushchev is cited by {documents.Count} documents");
        Assert.Equal(documents.Count, khrushchev.GetProperty("document_count").GetInt32());
    }

    [Theory]
    [InlineData("Хрущёв")]
    [InlineData("Khrushchov")]
    [InlineData("Kruschev")]
    public async Task Should_list_khrushchev_for_a_spelling_his_record_does_not_hold_as_the_reading_rooms_finder_does(string spelling)
    {
        // The store's own search finds a name containing what was typed; these spellings are found by the search's rules.
        var people = await CliRun.RunAsync("people", spelling, "--json", "--data", _archive.Data);

        Assert.Equal(0, people.ExitCode);
        using var json = JsonDocument.Parse(people.Output);
        Assert.Contains(json.RootElement.EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith("Khrushchev, Nikita", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_find_the_kennedy_khrushchev_letters_when_searching_khrushchev()
    {
        var search = await CliRun.RunAsync("search", "Khrushchev", "--json", "--collection", "frus1961-63v06", "--limit", "20", "--data", _archive.Data);

        Assert.Equal(0, search.ExitCode);
        using var json = JsonDocument.Parse(search.Output);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 50);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.All(hits, h => Assert.StartsWith("frus1961-63v06/", h.GetProperty("source_id").GetString(), StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("title").GetString()!.Contains("Khrushchev to President Kennedy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_propose_merges_and_make_one_final_on_request()
    {
        var proposals = await CliRun.RunAsync("people", "proposals", "--json", "--data", _archive.Copy());
        using var json = JsonDocument.Parse(proposals.Output);
        var first = json.RootElement.EnumerateArray().First();
        var keep = first.GetProperty("keep_id").GetString()!;
        var other = first.GetProperty("merge_id").GetString()!;
        var data = _archive.LastCopy!;

        var merge = await CliRun.RunAsync("people", "merge", keep, other, "--data", data);
        var after = await CliRun.RunAsync("people", "--json", "--limit", "10000", "--data", data);

        Assert.Equal(0, merge.ExitCode);
        using var people = JsonDocument.Parse(after.Output);
        var ids = people.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains(keep, ids);
        Assert.DoesNotContain(other, ids);
    }

    private static int CountDocumentDivisions(string file)
    {
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "div" && reader.GetAttribute("type") == "document")
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>tei-mini imported once for the class; tests that write work on a copy.</summary>
    public sealed class ImportedArchive : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        public string Data => _folder.File("data");

        public CliRun Import { get; private set; } = null!;

        public JsonDocument Report { get; private set; } = null!;

        public string? LastCopy { get; private set; }

        public string Copy()
        {
            LastCopy = _folder.File("copy-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(LastCopy);
            foreach (var file in Directory.GetFiles(Data))
            {
                File.Copy(file, Path.Combine(LastCopy, Path.GetFileName(file)));
            }
            return LastCopy;
        }

        public async ValueTask InitializeAsync()
        {
            Import = await CliRun.RunAsync("import", Shared.PathTo("corpora/frus/tei-mini"), "--json", "--data", Data);
            Report = JsonDocument.Parse(Import.Output);
        }

        public ValueTask DisposeAsync()
        {
            Report.Dispose();
            _folder.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
