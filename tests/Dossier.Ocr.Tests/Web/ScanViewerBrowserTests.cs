using Dossier.Ocr.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Ocr.Tests.Web;

/// <summary>
/// The viewer in Debian's Chromium (Playwright, no browser download): a search hit on the OCR layer opens the page
/// with the word outlined over the zoomable image, under the reading room's strict Content-Security-Policy.
/// Missing Chromium fails the test under CI=true and skips it elsewhere.
/// </summary>
public sealed class ScanViewerBrowserTests(AttachedArchive archive) : IClassFixture<AttachedArchive>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Should_open_the_page_image_with_the_searched_word_outlined_beside_its_text()
    {
        Tools.RequireTesseract();
        if (!File.Exists(ChromiumPath))
        {
            var missing = ChromiumPath + " is missing: apt-get install -y chromium";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing);
            }
            Assert.Skip(missing);
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = archive.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) =>
        {
            // The reading room has no favicon; everything else the page asks for must be there.
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add(response.Status + " " + response.Url);
            }
        };

        await page.GotoAsync("/documents/" + archive.RecordId + "?q=" + Uri.EscapeDataString("Хрущев"));

        var figure = page.Locator("#scan-viewer[data-ready=true]");
        await figure.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var box = page.Locator(".scan-zoom .scan-box").First;
        await box.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.True(await box.IsVisibleAsync(), "the searched word should be outlined on the image");
        var outlined = await box.BoundingBoxAsync();
        Assert.NotNull(outlined);
        Assert.InRange(outlined.Width, 10, 1000);
        Assert.True(await page.Locator(".scan-zoom canvas").CountAsync() > 0, "OpenSeadragon should draw the tiles");
        Assert.Equal("Хрущев", await page.Locator(".scan-page-text mark.scan-hit").First.TextContentAsync());
        var image = await page.Locator(".scan-zoom").BoundingBoxAsync();
        var text = await page.Locator(".scan-text").BoundingBoxAsync();
        Assert.True(image!.X + image.Width <= text!.X, "the page text should stand beside the image");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await page.Locator("#scans").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "scan-viewer.png") });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Should_show_a_still_image_and_page_links_without_javascript()
    {
        using var response = await archive.Client.GetAsync("/documents/" + archive.RecordId, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var sha = archive.Attached.Added[0].Sha256;
        Assert.Contains($"<img src=\"/iiif/image/{sha}/full/", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 (1 of 1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html[html.IndexOf("id=\"scans\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
