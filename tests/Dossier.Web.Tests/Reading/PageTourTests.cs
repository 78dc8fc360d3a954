using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Reading;

/// <summary>
/// Every page of the reading room in Chromium at a desktop (1366 px) and a phone (390 px) width, saved as a
/// full-page screenshot in the artifacts folder (tour/) for people to look at; each must answer, have one h1,
/// and fit the phone's width without sideways scrolling.
/// </summary>
public sealed class PageTourTests(ReadingRoomFixture room, BrowserFixture chromium, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly (string Name, string Path, int Status)[] Pages =
    [
        ("home", "/", 200),
        ("search-empty", "/search", 200),
        ("search-results", "/search?q=Khrushchev", 200),
        ("search-page-3", "/search?q=Khrushchev&page=3", 200),
        ("search-filtered", "/search?q=Khrushchev&collection=frus1961-63v06&from=1962&to=1962", 200),
        ("search-nothing", "/search?q=zzzqqqxx", 200),
        ("document-model-record", "/documents/119698", 200),
        ("document-frus", "/documents/frus1961-63v06/d11", 200),
        ("document-lighthouse-hits", "/documents/lighthouse-1?q=lighthouse", 200),
        ("collections", "/collections", 200),
        ("collection", "/collections/frus1961-63v06", 200),
        ("people", "/people", 200),
        ("places", "/places", 200),
        ("timeline", "/timeline", 200),
        ("timeline-year", "/timeline?year=1962", 200),
        ("archives", "/browse/archives", 200),
        ("status-404", "/documents/no-such-document", 404),
    ];

    [Fact]
    public async Task Should_render_every_page_at_desktop_and_phone_width()
    {
        Chromium.Require(chromium.Missing);
        var folder = Path.Combine(Chromium.ArtifactsFolder(), "tour");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        var pages = Pages.ToList();
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await chromium.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = room.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = width > 500 ? 900 : 844 } });
            // A person's and a place's own page, found from their lists.
            await page.GotoAsync("/people");
            var person = await page.Locator("main a[href^='/people/']").First.GetAttributeAsync("href");
            await page.GotoAsync("/places");
            var place = await page.Locator("main a[href^='/places/']").First.GetAttributeAsync("href");
            var all = pages.Concat([("person", person!, 200), ("place", place!, 200)]);
            foreach (var (name, path, status) in all)
            {
                var response = await page.GotoAsync(path);
                var file = Path.Combine(folder, $"{name}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                if (response?.Status != status)
                {
                    problems.Add($"{path} at {width}px answered {response?.Status}, not {status}");
                }
                if (await page.Locator("main h1").CountAsync() != 1)
                {
                    problems.Add($"{path} at {width}px should have one h1");
                }
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 1)
                {
                    problems.Add($"{path} at {width}px is {overflow}px wider than the window");
                }
            }
            await page.CloseAsync();
        }
        output.WriteLine("screenshots: " + folder);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
