using Dossier.Testing;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Reading;

/// <summary>
/// The texts read as the documents read, in Chromium: a page turning inside a word or a sentence leaves it on one
/// line with an inline marker, and the model record's Russian paragraphs stand level with their English translation.
/// </summary>
public sealed class ReadingBrowserTests(ReadingRoomFixture room, BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    /// <summary>The marker's neighbours and whether it sits on the line of the text before it (same top, within a line).</summary>
    private const string Around = """
        marker => {
          const before = marker.previousSibling, after = marker.nextSibling;
          const range = document.createRange();
          range.setStart(before, Math.max(0, before.textContent.length - 1));
          range.setEnd(before, before.textContent.length);
          const last = range.getClientRects();
          const next = document.createRange();
          next.setStart(after, 0);
          next.setEnd(after, Math.min(1, after.textContent.length));
          const first = next.getClientRects();
          const box = marker.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(marker.parentElement).lineHeight);
          return {
            before: before.nodeType === 3 ? before.textContent.slice(-20) : '#' + before.nodeName,
            after: after.nodeType === 3 ? after.textContent.slice(0, 20) : '#' + after.nodeName,
            display: getComputedStyle(marker).display,
            // The text before, the marker and the text after share one line box.
            sameLine: last.length > 0 && first.length > 0
              && Math.abs(last[last.length - 1].bottom - box.bottom) < line
              && Math.abs(first[0].bottom - last[last.length - 1].bottom) < line / 2,
          };
        }
        """;

    private async Task<IPage> OpenAsync(string path, int width = 1366)
    {
        Chromium.Require(chromium.Missing);
        var page = await chromium.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = room.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        return page;
    }

    [Fact]
    public async Task Should_keep_a_word_split_by_a_page_break_on_one_line_with_an_inline_marker()
    {
        var page = await OpenAsync("/documents/119698");

        var marker = page.Locator(".layer-text[lang=ru] .page-break", new() { HasText = "Page 120" });
        var around = await marker.EvaluateAsync<MarkerContext>(Around);

        Assert.EndsWith("слу", around.Before, StringComparison.Ordinal);
        Assert.StartsWith("жит", around.After, StringComparison.Ordinal);
        Assert.Equal("inline", around.Display);
        Assert.True(around.SameLine, "\"слу\", the marker and \"жит\" should share one line");
        Assert.Equal(0, await page.Locator(".layer-text", new() { HasText = "Page break" }).CountAsync());
    }

    [Fact]
    public async Task Should_keep_a_paragraph_running_over_a_page_in_one_block()
    {
        var page = await OpenAsync("/documents/frus1961-63v06/d11");

        var marker = page.Locator(".layer-text[lang=en] .page-break", new() { HasText = "Page 11" }).First;
        var around = await marker.EvaluateAsync<MarkerContext>(Around);

        Assert.EndsWith("the intervention,", around.Before, StringComparison.Ordinal);
        Assert.StartsWith(" financed its arming", around.After, StringComparison.Ordinal);
        Assert.True(around.SameLine, "the sentence should read on past the page marker");
    }

    [Fact]
    public async Task Should_set_each_russian_paragraph_of_the_model_record_beside_its_english_translation()
    {
        var page = await OpenAsync("/documents/119698");

        // Hand-checked pairs (aligned-pairs.json), located by the opening words of the fixture's lines (the text stays
        // in ../shared): ¶5 is English ¶5; ¶14–15 (the crisis sentence the translation joins to ¶14) are English ¶14;
        // ¶24 is English ¶23–24.
        await AssertLevelAsync(page, Opening(40, 5), Opening(448, 9));
        await AssertLevelAsync(page, Opening(58, 5), Opening(466, 5));
        await AssertLevelAsync(page, Opening(60, 4), Opening(466, 5));
        await AssertLevelAsync(page, Opening(78, 5), Opening(486, 8));
        await AssertLevelAsync(page, Opening(90, 4), Opening(492, 4));
        Assert.Equal("¶ 14–15", await page.Locator(".aligned-cell.side-left", new() { HasText = Opening(60, 4) }).Locator(".paragraph-number").TextContentAsync());
    }

    [Fact]
    public async Task Should_print_the_pages_address_with_the_texts_side_by_side()
    {
        var page = await OpenAsync("/documents/119698");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator(".permalink").IsVisibleAsync(), "the printed page should show its URL");
        Assert.Matches("/documents/d[a-z2-9]{12}/letter-to-cpsu-central-committee-secretary-khrushchev", await page.Locator(".permalink a").TextContentAsync());
        Assert.False(await page.Locator(".downloads").IsVisibleAsync());
        var left = await page.Locator(".aligned-row .side-left").First.BoundingBoxAsync();
        var right = await page.Locator(".aligned-row .side-right").First.BoundingBoxAsync();
        Assert.True(left!.X + left.Width <= right!.X, "print keeps the two texts side by side");
    }

    [Fact]
    public async Task Should_offer_every_text_of_the_model_record_on_a_phone_and_switch_to_the_third_without_script()
    {
        Chromium.Require(chromium.Missing);
        var page = await chromium.Browser!.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = room.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            JavaScriptEnabled = false,
        });
        Assert.Equal(200, (await page.GotoAsync("/documents/119698"))?.Status);
        var labels = page.Locator(".text-switch > label");
        var pair = page.Locator(".layer-pair .layer-text");
        var third = page.Locator(".phone-layer .layer-text");

        Assert.Equal(3, await labels.CountAsync());
        Assert.True(await pair.Locator("xpath=self::*[@lang='ru']").First.IsVisibleAsync(), "the Russian transcription shows first");
        Assert.False(await third.IsVisibleAsync(), "the third text waits for its switch");
        await labels.Nth(2).ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ArtifactsFolder(), "document-phone-third-layer.png"), FullPage = true });

        Assert.True(await third.IsVisibleAsync(), "the switch should bring the third text");
        Assert.Equal(0, await pair.Locator("visible=true").CountAsync());
        Assert.True(await page.Locator(".pick-extra").IsCheckedAsync(), "the third radio is the one chosen");
        var box = await third.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= 390, $"the third text should fit the phone (x {box.X}, width {box.Width})");
        await labels.Nth(1).ClickAsync();
        Assert.False(await third.IsVisibleAsync());
        Assert.True(await pair.Locator("xpath=self::*[@lang='en']").First.IsVisibleAsync(), "and back to the English translation");
    }

    /// <summary>The first <paramref name="words"/> words of line <paramref name="line"/> (1-based) of the model record.</summary>
    private static string Opening(int line, int words)
    {
        var text = File.ReadAllLines(Shared.PathTo("fixtures/wcda/119698.md"))[line - 1];
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words));
    }

    private static async Task AssertLevelAsync(IPage page, string russian, string english)
    {
        var row = page.Locator(".aligned-row", new() { HasText = russian });
        Assert.Equal(1, await row.CountAsync());
        var left = await row.Locator(".aligned-cell.side-left .layer-text[lang=ru]").BoundingBoxAsync();
        var right = await row.Locator(".aligned-cell.side-right .layer-text[lang=en]", new() { HasText = english }).BoundingBoxAsync();
        Assert.NotNull(left);
        Assert.NotNull(right);
        Assert.True(left.X + left.Width <= right.X, $"\"{russian}\" should stand left of \"{english}\"");
        Assert.True(Math.Abs(left.Y - right.Y) < 2, $"\"{russian}\" (y {left.Y}) should stand level with \"{english}\" (y {right.Y})");
    }

    private sealed class MarkerContext
    {
        public string Before { get; set; } = "";

        public string After { get; set; } = "";

        public string Display { get; set; } = "";

        public bool SameLine { get; set; }
    }
}
