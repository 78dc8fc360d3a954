using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Accounts;

/// <summary>Sign-in, a refused password, and sign-out in Chromium, with no script needed on the account pages.</summary>
public sealed class SignInBrowserTests(ReadingRoomFixture room, BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_sign_in_reach_a_protected_page_and_sign_out_in_a_browser_without_javascript()
    {
        Chromium.Require(chromium.Missing);
        var account = await TestAccounts.CreateAsync(Desks.For(room.Services), ArchiveRoles.Admin, Cancel);
        await using var context = await chromium.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = room.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/admin");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Name").FillAsync(account.Name);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("do not match", await page.GetByRole(AriaRole.Alert).TextContentAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/account/admin");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ArtifactsFolder(), "account-admin.png"), FullPage = true });

        Assert.Equal("Accounts and roles", await page.Locator("main h1").TextContentAsync());
        var session = Assert.Single(await context.CookiesAsync(), c => c.Name == "dossier.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);

        await page.GotoAsync("/account/logout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, room.BaseAddress.ToString());
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "dossier.session");
        await page.GotoAsync("/account/admin");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }
}
