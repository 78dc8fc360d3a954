using System.Text.RegularExpressions;
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
    /// Waits until <paramref name="page"/> is at <paramref name="url"/> (a glob: <c>**</c> any characters, <c>*</c> any but
    /// <c>/</c>) with its main landmark in the DOM, and says where it is instead when it never gets there: Playwright's own
    /// timeout names neither the page it was on nor what it showed. It reads the page's address as it changes and then
    /// waits for the element, never for a load event: Playwright's <c>WaitForURLAsync</c> waits for one when the address
    /// already matches, whatever <c>WaitUntil</c> says, and three CI runs failed where a redirect after a form post
    /// reached its page, shown whole, whose load event Playwright never saw.
    /// </summary>
    public static async Task WaitForUrlAsync(IPage page, string url)
    {
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(Glob(url), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
            await page.Locator("main").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new TimeoutException($"waited for {url}, and the page is {page.Url}: {text[..Math.Min(text.Length, 400)]}", e);
        }
    }

    /// <summary>The whole address <paramref name="glob"/> describes, as a regular expression (with no options: Playwright passes it to the browser, which takes none of .NET's).</summary>
    internal static Regex Glob(string glob) =>
        new("^" + string.Concat(Regex.Split(glob, "(\\*\\*|\\*)").Select(part => part switch
        {
            "**" => ".*",
            "*" => "[^/]*",
            _ => Regex.Escape(part),
        })) + "$", RegexOptions.None);

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
