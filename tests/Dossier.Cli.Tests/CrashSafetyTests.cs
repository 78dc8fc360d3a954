using System.Diagnostics;
using System.Text;
using Dossier.Core.Records;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

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

    [Fact]
    public async Task Should_link_a_first_import_killed_before_its_relinking_at_the_next_import()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var volume = Shared.PathTo("corpora/frus/tei-mini/frus1961-63v06.xml");
        var letters = _folder.File("letters.jsonl");
        await WriteRecordsAsync(letters, 5_000, cancellationToken);

        using (var process = Process.Start(DossierProcess.StartInfo("import", volume, letters, "--data", data))!)
        {
            // The archive's first import stores the volume unlinked and links it after the last file: kill it once the
            // volume is committed, while the letters are being stored.
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (await CountAsync(data, "SELECT count(*) FROM records") == 0 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10, cancellationToken);
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }
        // Killed between the volume's commit and the relinking: the volume's records wait for it, the letters never came.
        var documents = await CountAsync(data, "SELECT count(*) FROM records");
        Assert.Equal(120, documents);
        Assert.Equal(documents, await CountAsync(data, "SELECT count(*) FROM records WHERE name_sieve IS NULL"));
        // The people the volume's markup names are its records' links until the recogniser's are added.
        const string PersonLinks = "SELECT count(*) FROM record_links WHERE kind = 'person'";
        var marked = await CountAsync(data, PersonLinks);

        // The next import (of the letters alone: the volume is not read again) links them.
        var next = await DossierProcess.RunAsync("import", letters, "--data", data);

        Assert.Equal(0, next.ExitCode);
        Assert.Equal(0, await CountAsync(data, "SELECT count(*) FROM records WHERE name_sieve IS NULL"));
        var clean = _folder.File("clean");
        Assert.Equal(0, (await DossierProcess.RunAsync("import", volume, "--data", clean)).ExitCode);
        Assert.True(await CountAsync(data, PersonLinks) > marked, $"no person linked beyond the {marked} the markup names");
        Assert.Equal(await CountAsync(clean, PersonLinks), await CountAsync(data, PersonLinks));
        const string Places = "SELECT count(*) FROM record_links WHERE kind = 'place'";
        Assert.Equal(await CountAsync(clean, Places), await CountAsync(data, Places));
    }

    /// <summary>Reads the store of <paramref name="data"/> beside the process writing it (0 before it exists).</summary>
    private static async Task<long> CountAsync(string data, string sql)
    {
        var database = Path.Combine(data, "dossier.db");
        if (!File.Exists(database))
        {
            return 0;
        }
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }
        catch (SqliteException)
        {
            // Not yet created (no table): nothing stored.
            return 0;
        }
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
