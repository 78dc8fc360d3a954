using System.Diagnostics;
using Dossier.Core.Scans;
using Dossier.Ocr.Imaging;
using Dossier.Ocr.Tests.Support;
using Dossier.Testing;

namespace Dossier.Ocr.Tests.Imaging;

/// <summary>Files that must be refused before they cost memory or run anything, each with a message naming the file.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempFolder _folder = new("dossier-hostile");
    private readonly ScanLibrary _library;

    public HostileFileTests() => _library = new ScanLibrary(_folder.File("data"));

    public void Dispose() => _folder.Dispose();

    private async Task<ScanRejectedException> RefusedAsync(string file)
    {
        var refused = await Assert.ThrowsAsync<ScanRejectedException>(() => _library.StoreAsync(file, TestContext.Current.CancellationToken));
        Assert.StartsWith(file + ": ", refused.Message, StringComparison.Ordinal);
        var scans = Path.Combine(_folder.File("data"), "scans");
        Assert.True(!Directory.Exists(scans) || !Directory.EnumerateFiles(scans, "*", SearchOption.AllDirectories).Any(), "nothing of a refused file is kept");
        return refused;
    }

    [Fact]
    public async Task Should_refuse_a_tiny_png_declaring_50000_by_50000_pixels_from_its_header()
    {
        var file = _folder.File("huge.png");
        HostileFiles.Png(file, 50_000, 50_000, withData: false);
        Assert.True(new FileInfo(file).Length < 1000);

        var refused = await RefusedAsync(file);

        Assert.Contains("50,000×50,000 pixels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_zip_bomb_png_without_inflating_it()
    {
        // 20,000 × 20,000 grey pixels really deflated: 400 MB of pixels in well under a megabyte.
        var file = _folder.File("bomb.png");
        HostileFiles.Png(file, 20_000, 20_000, withData: true);
        Assert.True(new FileInfo(file).Length < 2_000_000, "the bomb should be small on disk");
        var memory = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();

        var refused = await RefusedAsync(file);

        Assert.Contains("20,000×20,000 pixels", refused.Message, StringComparison.Ordinal);
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 - memory < 200_000_000, "refusing must not decode the pixels");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Should_refuse_a_pdf_with_javascript()
    {
        Tools.RequirePoppler();
        var file = _folder.File("letter.pdf");
        HostileFiles.Pdf(file, 1, script: true);

        var refused = await RefusedAsync(file);

        Assert.Contains("script", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_symbolic_link_even_to_a_good_image()
    {
        var good = _folder.File("good.png");
        PageRenderer.Render("Письмо", good);
        var link = _folder.File("link.png");
        File.CreateSymbolicLink(link, good);

        var refused = await RefusedAsync(link);

        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_judge_the_type_by_the_bytes_not_the_name()
    {
        var file = _folder.File("page.png");
        await File.WriteAllTextAsync(file, "<html><script>alert(1)</script></html>", TestContext.Current.CancellationToken);

        var refused = await RefusedAsync(file);

        Assert.Contains("first bytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_truncated_png()
    {
        var good = _folder.File("good.png");
        PageRenderer.Render("Уважаемый товарищ", good);
        var bytes = await File.ReadAllBytesAsync(good, TestContext.Current.CancellationToken);
        var cut = _folder.File("cut.png");
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);

        var refused = await RefusedAsync(cut);

        Assert.Contains("cannot be read as PNG", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_size_limit()
    {
        var small = new ScanLibrary(_folder.File("data"), new ScanLimits { MaxFileBytes = 1000 });
        var file = _folder.File("page.png");
        PageRenderer.Render("Уважаемый товарищ Хрущев", file);

        var refused = await Assert.ThrowsAsync<ScanRejectedException>(() => small.StoreAsync(file, TestContext.Current.CancellationToken));

        Assert.Contains("at most 1,000 are accepted", refused.Message, StringComparison.Ordinal);
    }
}
