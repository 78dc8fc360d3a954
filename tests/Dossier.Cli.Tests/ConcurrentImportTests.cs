using System.Net;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// Issue 15, item 5: a `dossier import` beside a running `dossier serve` must leave the index to the server (one
/// writer per data folder, held by an operating-system lock nobody deletes), and the server's follower indexes what it wrote.
/// </summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_let_an_import_beside_serve_write_the_store_only_and_the_server_index_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var first = _folder.File("first.jsonl");
        var second = _folder.File("second.jsonl");
        await File.WriteAllLinesAsync(first, Records("early", 50), cancellationToken);
        await File.WriteAllLinesAsync(second, Records("late", 400), cancellationToken);
        Assert.Equal(0, (await DossierProcess.RunAsync("import", first, "--data", data)).ExitCode);
        var lockFile = Path.Combine(data, "index.lock");

        var (server, url) = await DossierProcess.ServeAsync(data);
        await using (server)
        {
            using var http = new HttpClient { BaseAddress = url };
            using var load = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var errors = 0;
            var readers = Enumerable.Range(0, 4).Select(async i =>
            {
                while (!load.IsCancellationRequested)
                {
                    try
                    {
                        using var response = await http.GetAsync(new Uri($"/api/search?q=early{i}", UriKind.Relative), load.Token);
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }).ToList();

            var import = await DossierProcess.RunAsync("import", second, "--data", data);

            Assert.True(import.ExitCode == 0, import.Output + import.Error);
            Assert.Contains("written to the store only", import.Error, StringComparison.Ordinal);
            Assert.True(File.Exists(lockFile), "the index lock file was deleted");

            // The server's follower indexes what the import wrote.
            var deadline = DateTime.UtcNow.AddSeconds(15);
            var total = 0;
            while (DateTime.UtcNow < deadline)
            {
                using var hits = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=imported&limit=1", UriKind.Relative), cancellationToken));
                total = hits.RootElement.GetProperty("total").GetInt32();
                if (total == 450)
                {
                    break;
                }
                await Task.Delay(250, cancellationToken);
            }
            await load.CancelAsync();
            await Task.WhenAll(readers);
            Assert.Equal(450, total);
            using (var late = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=late399", UriKind.Relative), cancellationToken)))
            {
                Assert.Equal("late399", late.RootElement.GetProperty("hits")[0].GetProperty("source_id").GetString());
            }
            Assert.Equal(0, errors);
            Assert.False(server.HasExited, server.Output);
            Assert.DoesNotContain("Exception", server.Output, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(lockFile), "the index lock file was deleted");
        var check = await DossierProcess.RunAsync("check", "--data", data);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("index: 450 records", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_second_serve_on_a_data_folder_already_served_and_keep_the_first_answering()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var records = _folder.File("records.jsonl");
        await File.WriteAllLinesAsync(records, Records("served", 5), cancellationToken);
        Assert.Equal(0, (await DossierProcess.RunAsync("import", records, "--data", data)).ExitCode);

        var (server, url) = await DossierProcess.ServeAsync(data);
        await using (server)
        {
            // Without the index (the first server holds its lock), a second reading room would answer every search from
            // the store: slowly alone, and not at all under load.
            var second = await DossierProcess.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--data", data);

            Assert.Equal(2, second.ExitCode);
            Assert.Contains("cannot serve " + data, second.Error, StringComparison.Ordinal);
            Assert.Contains("in use by another Dossier process", second.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("reading room on", second.Output, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = url };
            using var hits = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=served3", UriKind.Relative), cancellationToken));
            Assert.Equal("served3", hits.RootElement.GetProperty("hits")[0].GetProperty("source_id").GetString());
            Assert.False(server.HasExited, server.Output);
        }
    }

    private static IEnumerable<string> Records(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var record = new ArchiveRecord
            {
                Source = new SourceIdentifier { Archive = "Concurrency test archive", RecordId = prefix + i },
                Title = $"Imported letter {prefix}{i}",
                Date = HistoricalDate.Year(1960),
                Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = $"An imported letter, number {prefix}{i}, kept for the test." }],
            };
            record.Id = RecordId.For(record.Source);
            return RecordJson.Serialize(record);
        });
}
