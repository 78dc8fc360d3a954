using System.Diagnostics;
using Dossier.Ocr.Tests.Support;
using Dossier.Testing;

namespace Dossier.Ocr.Tests.Cli;

/// <summary>`dossier attach` as a real child process: pages stored, OCR layer written, hostile files refused by name.</summary>
public sealed class AttachCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("dossier-attach-cli");

    public void Dispose() => _folder.Dispose();

    private async Task<(int Exit, string Output, string Error)> DossierAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "--data", _folder.File("data"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Should_attach_a_page_with_ocr_then_find_its_words_and_refuse_a_bomb_by_name()
    {
        Tools.RequireTesseract();
        Assert.Equal(0, (await DossierAsync("import", Shared.ModelRecord)).Exit);
        var page = _folder.File("page.png");
        PageRenderer.Render("Уважаемый товарищ Хрущев, пишу Вам о пионерах Мурманска.", page);

        var attach = await DossierAsync("attach", "119698", page, "--ocr", "rus");

        Assert.True(attach.Exit == 0, attach.Error);
        Assert.Contains("1 pages attached", attach.Output, StringComparison.Ordinal);
        Assert.Contains("OCR layer ru: 1 pages", attach.Output, StringComparison.Ordinal);
        Assert.Contains("mean confidence 0.", attach.Output, StringComparison.Ordinal);
        // Murmansk is named only on the attached page, nowhere in the model record's own texts.
        var search = await DossierAsync("search", "Мурманска");
        Assert.Contains("119698", search.Output, StringComparison.Ordinal);
        Assert.Contains("[Мурманска]", search.Output, StringComparison.Ordinal);

        var again = await DossierAsync("attach", "119698", page);
        Assert.Contains("0 pages attached, 1 files already attached", again.Output, StringComparison.Ordinal);

        var bomb = _folder.File("scan.tif");
        HostileFiles.Png(bomb, 50_000, 50_000, withData: false);
        var refused = await DossierAsync("attach", "119698", bomb);
        Assert.Equal(1, refused.Exit);
        Assert.Contains(bomb + ": declares 50,000×50,000 pixels", refused.Error, StringComparison.Ordinal);
    }
}
