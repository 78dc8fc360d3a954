using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download). Missing Chromium fails the test under
/// CI=true and skips it elsewhere, with the reason.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Fails the calling test under CI=true, else skips it, when Chromium is missing.</summary>
    public static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(missing);
        }
        Assert.Skip(missing);
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// Waits until <paramref name="page"/> is at <paramref name="url"/> (a glob) with its main landmark in the DOM, and says
    /// where it is instead when it never gets there: Playwright's own timeout names neither the page it was on nor what it
    /// showed. It waits for the navigation to commit and then for the element, not for the DOMContentLoaded event: once
    /// (CI, stop 29) a redirect after a form post reached its URL with "load" fired but Playwright never saw
    /// DOMContentLoaded, and the wait ran out on a page that was there.
    /// </summary>
    public static async Task WaitForUrlAsync(IPage page, string url)
    {
        try
        {
            await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
            await page.Locator("main").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            var text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new TimeoutException($"waited for {url}, and the page is {page.Url}: {text[..Math.Min(text.Length, 400)]}", e);
        }
    }

    /// <summary>Where screenshots go: $DOSSIER_ARTIFACTS, else artifacts/ beside the test assembly (never committed).</summary>
    public static string ArtifactsFolder()
    {
        var folder = Environment.GetEnvironmentVariable("DOSSIER_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
