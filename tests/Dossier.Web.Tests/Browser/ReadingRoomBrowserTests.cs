using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

public sealed class ReadingRoomBrowserTests(ReadingRoomFixture room, BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _cspViolations = [];
    private readonly List<string> _dialogs = [];

    private async Task<IPage> NewPageAsync()
    {
        Chromium.Require(chromium.Missing);
        var page = await chromium.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = room.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _cspViolations.Add(message.Text);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return page;
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ArtifactsFolder(), name + ".png"), FullPage = true });

    [Fact]
    public async Task Should_search_open_a_document_and_show_its_layers_side_by_side_with_the_term_marked()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await ScreenshotAsync(page, "home");

        await page.GetByLabel("Search the archive").FillAsync("lighthouse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).First.ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/search?q=lighthouse**");
        await ScreenshotAsync(page, "search");
        await page.GetByRole(AriaRole.Link, new() { Name = "Letter from the lighthouse keeper" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/documents/**");
        // site.js adds the copy button; once it has run, the page's style sheet has loaded too (a script waits for it).
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "document");

        var left = await page.Locator("section.layer", new() { Has = page.Locator(".layer-text[lang=ru]") }).BoundingBoxAsync();
        var right = await page.Locator("section.layer", new() { Has = page.Locator(".layer-text[lang=en]") }).BoundingBoxAsync();
        Assert.NotNull(left);
        Assert.NotNull(right);
        Assert.True(left.X + left.Width <= right.X, $"the Russian layer ({left.X}+{left.Width}) should stand left of the English one ({right.X})");
        Assert.True(Math.Abs(left.Y - right.Y) < 5, "the two layers should start level");
        var mark = page.Locator("mark#hit-1");
        Assert.True(await mark.IsVisibleAsync());
        Assert.Equal("lighthouse", (await mark.TextContentAsync())?.ToLowerInvariant());
        Assert.Empty(_cspViolations);
    }

    [Fact]
    public async Task Should_read_the_model_record_in_russian_beside_english_from_a_cross_script_search()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/search?q=Pishevari");
        await ScreenshotAsync(page, "search-pishevari");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Letter to CPSU") }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/documents/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "model-record");

        var russian = page.Locator(".layer-text[lang=ru]");
        var english = page.Locator(".layer-text[lang=en]");
        var left = await russian.First.BoundingBoxAsync();
        var right = await english.First.BoundingBoxAsync();
        Assert.True(left!.X + left.Width <= right!.X, "Russian should stand left of English");
        Assert.True(await russian.Locator("mark.hit").CountAsync() > 0, "the Cyrillic spelling should be marked");
        Assert.Empty(_cspViolations);
    }

    [Fact]
    public async Task Should_run_no_script_from_a_hostile_record()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/documents/" + room.IdOf("hostile-1"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(page, "hostile-document");

        var heading = await page.Locator("h1").TextContentAsync();
        Assert.Contains("<script>alert(1)</script>", heading, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        await page.GotoAsync("/search?q=harbour");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task Should_let_a_keyboard_user_skip_to_the_content()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Should_show_one_text_with_a_switch_on_a_narrow_screen_and_print_without_navigation()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/documents/" + room.IdOf("lighthouse-1"));
        await ScreenshotAsync(page, "document-narrow");

        Assert.True(await page.Locator(".layer-text[lang=ru]").First.IsVisibleAsync(), "the first text should show on a phone");
        Assert.False(await page.Locator(".layer-text[lang=en]").First.IsVisibleAsync(), "only one text at a time on a phone");
        await page.Locator(".text-switch label[for=show-right]").ClickAsync();
        Assert.True(await page.Locator(".layer-text[lang=en]").First.IsVisibleAsync(), "the switch should bring the translation");
        Assert.False(await page.Locator(".layer-text[lang=ru]").First.IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.True(await page.Locator(".citation-text").IsVisibleAsync());
    }

    [Theory]
    [InlineData("/collections", "collections")]
    [InlineData("/timeline?year=1958", "timeline")]
    [InlineData("/browse/archives", "archives")]
    [InlineData("/browse/archives?repository=Department%20of%20State&level1=Series%20Central%20Files&q=611", "archives-shelf")]
    [InlineData("/people", "people")]
    public async Task Should_render_browse_pages_without_policy_violations(string path, string name)
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync(path);
        await ScreenshotAsync(page, name);

        Assert.Equal(200, response?.Status);
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        Assert.Empty(_cspViolations);
    }
}
