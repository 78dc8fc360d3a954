using System.Diagnostics;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class DataFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_use_the_data_folder_named_by_DOSSIER_DATA_when_no_option_is_given()
    {
        var data = _folder.File("from-environment");
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "import", Shared.ModelRecord])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Path,
        };
        start.Environment["DOSSIER_DATA"] = data;

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.True(File.Exists(Path.Combine(data, "dossier.db")));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "dossier-data")));
    }
}
