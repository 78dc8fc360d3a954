using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_export_import_and_export_again_to_the_same_bytes()
    {
        var first = _folder.File("first");
        var second = _folder.File("second");
        await CliRun.RunAsync("import", Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini/frus1961-63v06.xml"), "--data", first);
        var exported = _folder.File("one.jsonl");
        var reexported = _folder.File("two.jsonl");

        var export = await CliRun.RunAsync("export", "--format", "jsonl", "-o", exported, "--data", first);
        var import = await CliRun.RunAsync("import", exported, "--data", second);
        var again = await CliRun.RunAsync("export", "--format", "jsonl", "-o", reexported, "--data", second);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, again.ExitCode);
        var one = await File.ReadAllBytesAsync(exported, TestContext.Current.CancellationToken);
        var two = await File.ReadAllBytesAsync(reexported, TestContext.Current.CancellationToken);
        Assert.True(one.Length > 10_000, "the export holds the records");
        Assert.Equal(one, two);
    }
}
