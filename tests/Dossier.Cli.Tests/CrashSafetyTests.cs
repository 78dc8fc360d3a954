using System.Diagnostics;
using System.Text;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_leave_no_half_written_import_when_the_process_is_killed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var input = _folder.File("many.jsonl");
        await WriteRecordsAsync(input, 20_000, cancellationToken);
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");

        using (var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dossier, "import", input, "--data", data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            // Kill once the transaction is under way: the database exists and is being written.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(Path.Combine(data, "dossier.db-wal")) && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken);
            }
            await Task.Delay(300, cancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }

        var list = await CliRun.RunAsync("list", "--json", "--data", data);

        Assert.Equal(0, list.ExitCode);
        using var listed = System.Text.Json.JsonDocument.Parse(list.Output);
        var total = listed.RootElement.GetProperty("total").GetInt32();
        Assert.True(total is 0 or 20_000, $"a killed import left {total} of 20000 records");
    }

    private static async Task WriteRecordsAsync(string path, int count, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var record = new ArchiveRecord
            {
                Source = new SourceIdentifier { Archive = "Crash test archive", RecordId = $"r{i}" },
                Title = $"Record number {i}",
                Date = HistoricalDate.Year(1950 + (i % 20)),
                Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = string.Concat(Enumerable.Repeat($"Words of record {i}. ", 40)) }],
            };
            record.Id = RecordId.For(record.Source);
            await writer.WriteLineAsync(RecordJson.Serialize(record).AsMemory(), cancellationToken);
        }
    }
}
