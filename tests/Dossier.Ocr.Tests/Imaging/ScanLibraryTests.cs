using Dossier.Core.Scans;
using Dossier.Ocr.Imaging;
using Dossier.Ocr.Tests.Support;
using Dossier.Testing;
using NetVips;

namespace Dossier.Ocr.Tests.Imaging;

public sealed class ScanLibraryTests : IDisposable
{
    private readonly TempFolder _folder = new("dossier-library");
    private readonly ScanLibrary _library;

    public ScanLibraryTests() => _library = new ScanLibrary(_folder.File("data"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_store_an_image_under_its_sha256_with_its_size()
    {
        var file = _folder.File("page.jpg.png");
        PageRenderer.Render("Письмо пионерам", file);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)));

        var stored = await _library.StoreAsync(file, TestContext.Current.CancellationToken);

        var page = Assert.Single(stored.Pages);
        Assert.Equal(expected, page.Sha256);
        Assert.Equal("image/png", page.MediaType);
        using var image = Image.NewFromFile(file);
        Assert.Equal((image.Width, image.Height), (page.Width, page.Height));
        var path = _library.PathOf(page.Sha256);
        Assert.Equal(ScanPaths.FileOf(_folder.File("data"), expected, "image/png"), path);
        Assert.Equal(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(path!, TestContext.Current.CancellationToken));
        Assert.Contains(Path.Combine("scans", expected[..2], expected[2..4]), path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_rasterise_each_pdf_page_as_its_own_page_image()
    {
        Tools.RequirePoppler();
        var file = _folder.File("letter.pdf");
        HostileFiles.Pdf(file, 3, script: false);

        var stored = await _library.StoreAsync(file, TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", stored.MediaType);
        Assert.Equal(3, stored.Pages.Count);
        Assert.Equal(["1", "2", "3"], stored.Pages.Select(p => p.Label));
        Assert.All(stored.Pages, p => Assert.Equal(stored.Sha256, p.SourceSha256));
        Assert.Equal(3, stored.Pages.Select(p => p.Sha256).Distinct(StringComparer.Ordinal).Count());
        // A5 (420 × 595 pt) at 200 dpi.
        Assert.All(stored.Pages, p => Assert.Equal((1167, 1653), (p.Width, p.Height)));
        Assert.True(File.Exists(ScanPaths.FileOf(_folder.File("data"), stored.Sha256, "application/pdf")));
    }
}
