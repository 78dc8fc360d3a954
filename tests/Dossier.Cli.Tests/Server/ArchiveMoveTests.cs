using Dossier.Testing;

namespace Dossier.Cli.Tests.Server;

/// <summary>`migrate --to` and `backup`/`restore` move the tei-mini archive between engines without changing a byte of its export.</summary>
public sealed class ArchiveMoveTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_round_trip_the_tei_mini_archive_sqlite_to_postgres_to_sqlite_with_an_identical_export()
    {
        await using var database = TestDatabase.Create("move");
        var original = await ImportTeiMiniAsync("a");

        var there = await CliRun.RunAsync("migrate", "--data", _folder.File("a"), "--to", database.Url);
        var back = await CliRun.RunAsync("migrate", "--database", database.Url, "--data", _folder.File("node"), "--to", _folder.File("b"));

        Assert.True(there.ExitCode == 0, there.Error);
        Assert.True(back.ExitCode == 0, back.Error);
        Assert.Contains("verified: identical", back.Output, StringComparison.Ordinal);
        Assert.Equal(original, await ExportAsync("b"));

        // A backup taken from PostgreSQL restores into a new SQLite archive, identical too.
        var backup = await CliRun.RunAsync("backup", "--database", database.Url, "--data", _folder.File("node"), _folder.File("p.zip"));
        var restore = await CliRun.RunAsync("restore", "--data", _folder.File("c"), _folder.File("p.zip"));
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(original, await ExportAsync("c"));

        var again = await CliRun.RunAsync("migrate", "--data", _folder.File("a"), "--to", database.Url);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_restore_a_sqlite_backup_into_a_new_data_folder_and_refuse_a_damaged_one()
    {
        var original = await ImportTeiMiniAsync("a");
        var backup = await CliRun.RunAsync("backup", "--data", _folder.File("a"), _folder.File("a.zip"));
        var restore = await CliRun.RunAsync("restore", "--data", _folder.File("r"), _folder.File("a.zip"));

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(original, await ExportAsync("r"));

        // The same archive with one record's text changed no longer matches the manifest's checksum.
        using (var zip = System.IO.Compression.ZipFile.Open(_folder.File("a.zip"), System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("archive.jsonl")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
            }
            entry.Delete();
            await using var writer = new StreamWriter(zip.CreateEntry("archive.jsonl").Open());
            await writer.WriteAsync(text.Replace("Secretary", "Secretory", StringComparison.Ordinal));
        }
        var damaged = await CliRun.RunAsync("restore", "--data", _folder.File("d"), _folder.File("a.zip"));
        Assert.Equal(2, damaged.ExitCode);
        Assert.Contains("does not match the manifest", damaged.Error, StringComparison.Ordinal);
        var list = await CliRun.RunAsync("list", "--json", "--data", _folder.File("d"));
        Assert.Contains("\"total\":0", list.Output.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<byte[]> ImportTeiMiniAsync(string name)
    {
        var import = await CliRun.RunAsync("import", Shared.PathTo("corpora/frus/tei-mini"), "--data", _folder.File(name));
        Assert.True(import.ExitCode == 0, import.Error);
        return await ExportAsync(name);
    }

    private async Task<byte[]> ExportAsync(string name)
    {
        var path = _folder.File(name + ".jsonl");
        var export = await CliRun.RunAsync("export", "--format", "jsonl", "-o", path, "--data", _folder.File(name));
        Assert.True(export.ExitCode == 0, export.Error);
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 1_000_000, $"the export of {name} holds {bytes.Length} bytes");
        return bytes;
    }
}
