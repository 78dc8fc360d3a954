using System.Diagnostics;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Hosting;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// Issue 9: `dossier reindex` indexes each record once. Opening an archive brings its index up to the store; the
/// command rebuilds the index straight after, so an index that lacks the records (a restored store, a deleted index
/// folder) was filled twice: on the 100 FRUS volumes 48 s of catch-up at open, then the 48 s of the rebuild.
/// </summary>
public sealed class ReindexCommandTests : IDisposable
{
    private static readonly string[] Words = ["Aldebaran", "Betelgeuse", "Canopus"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_rebuild_an_index_that_lacks_the_records_without_catching_it_up_first()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var input = _folder.File("records.jsonl");
        await File.WriteAllLinesAsync(input, Words.Select(word => RecordJson.Serialize(Record(word))), cancellationToken);
        var imported = await DossierProcess.RunAsync("import", input, "--data", data);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Directory.Delete(Path.Combine(data, "index"), recursive: true);

        // The opening a rebuild asks for leaves the index as it stands: empty, at change 0.
        await using (var archive = await ArchiveFactory.OpenAsync(data, cancellationToken, catchUp: false))
        {
            Assert.Equal(0, archive.Index!.AppliedSequence);
            Assert.Equal(0, (await archive.Index.SearchAsync(new() { Query = Words[0] }, cancellationToken)).Total);
        }

        // The command's own opening reports its steps: the index opened, then no catch-up before the rebuild.
        var info = DossierProcess.StartInfo("reindex", "--data", data);
        info.Environment[StartupTimings.EnvironmentVariable] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("timing: index opened", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("index caught up", await error, StringComparison.Ordinal);
        Assert.Contains($"reindexed {Words.Length} records", await output, StringComparison.Ordinal);

        foreach (var word in Words)
        {
            var search = await DossierProcess.RunAsync("search", word, "--json", "--data", data);
            Assert.True(search.ExitCode == 0, search.Error);
            using var found = JsonDocument.Parse(search.Output);
            Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
        }
    }

    private static ArchiveRecord Record(string word)
    {
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "Reindex test archive", RecordId = word },
            Title = "Letter about " + word,
            Date = HistoricalDate.Year(1956),
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "A letter about " + word + ", kept for the test." }],
        };
        record.Id = RecordId.For(record.Source);
        return record;
    }
}
