using Dossier.Testing;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Issue 11 in Chromium: an editor signs in, creates a draft with a right-to-left line, edits it, submits it for review,
/// publishes it, compares versions and restores the first; and uploads two files of which one is broken.
/// </summary>
public sealed class WorkspaceBrowserTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private const string Persian = "نامه به کنسولگری در تبریز";

    [Fact]
    public async Task Should_sign_in_edit_review_publish_and_restore_in_the_browser()
    {
        Chromium.Require(chromium.Missing);
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var page = await SignedInPageAsync(room);

        await page.GotoAsync("/workspace");
        await page.Locator("form.new-record input[name='title']").FillAsync("Letter on the kookaburra");
        await page.Locator("form.new-record textarea[name='text']").FillAsync("Первая строка письма.\n" + Persian);
        await page.Locator("form.new-record button").ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/workspace/documents/*");
        var id = page.Url.Split('/')[^1].Split('?')[0];
        Assert.Equal("draft", await page.Locator("[data-status]").InnerTextAsync());
        Assert.Equal("auto", await page.Locator("textarea[name='Form.Layers[0].Text']").GetAttributeAsync("dir"));
        await Assertions.Expect(page.Locator("textarea[name='Form.Layers[0].Text']")).ToHaveValueAsync("Первая строка письма.\n" + Persian);

        await page.Locator("input[name='Form.Title']").FillAsync("Letter on the kookaburra, corrected");
        await page.Locator("input[name='Form.Fond']").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-version]")).ToHaveTextAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("in review");
        await room.Client.GetPageAsync("/documents/" + id, System.Net.HttpStatusCode.NotFound);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("published");
        Assert.Contains("kookaburra, corrected", await room.Client.GetPageAsync("/documents/" + id), StringComparison.Ordinal);

        await page.GotoAsync("/workspace/documents/" + id + "/history?from=1&to=2");
        await Assertions.Expect(page.Locator(".comparison")).ToContainTextAsync("Letter on the kookaburra, corrected");
        await Assertions.Expect(page.Locator(".comparison")).ToContainTextAsync("archival_reference");
        await page.GotoAsync("/workspace/documents/" + id + "/versions/1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/workspace/documents/" + id + "?done=*");
        await Assertions.Expect(page.Locator("input[name='Form.Title']")).ToHaveValueAsync("Letter on the kookaburra");
        await Assertions.Expect(page.Locator("[data-version]")).ToHaveTextAsync("5");
        // The restore is live for readers at once (the page cache was emptied), and version 4 stays citable as published.
        Assert.DoesNotContain("corrected", await room.Client.GetPageAsync("/documents/" + id), StringComparison.Ordinal);
        Assert.Contains("kookaburra, corrected", await room.Client.GetPageAsync("/documents/" + id + "/versions/4"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_import_an_editors_upload_as_drafts_and_report_the_failing_file()
    {
        Chromium.Require(chromium.Missing);
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        using var folder = new TempFolder("dossier-upload-test");
        var good = folder.File("good.jsonl");
        var bad = folder.File("broken.jsonl");
        await File.WriteAllTextAsync(good, Core.Records.RecordJson.Serialize(LeakTests.Secret("numbatgood")) + "\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bad, Core.Records.RecordJson.Serialize(LeakTests.Secret("numbatbad")) + "\n{\"title\": \n", TestContext.Current.CancellationToken);
        var page = await SignedInPageAsync(room);

        await page.GotoAsync("/workspace/upload");
        await page.Locator("input[type=file]").SetInputFilesAsync([good, bad]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator(".upload-report")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var problems = await page.Locator(".import-problems li").AllInnerTextsAsync();
        Assert.Single(problems);
        Assert.StartsWith("broken.jsonl:2", problems[0], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".upload-report")).ToContainTextAsync("1 of 2 files imported: 1 new records (drafts)");

        // The good file's record is a draft; nothing of the broken file was written.
        var imported = await room.Archive.Store.Records.FindAsync("numbatgood", TestContext.Current.CancellationToken);
        Assert.Equal(Core.Records.RecordStatus.Draft, imported!.Status);
        Assert.Null(await room.Archive.Store.Records.FindAsync("numbatbad", TestContext.Current.CancellationToken));
        await room.Client.GetPageAsync("/documents/" + imported.Id, System.Net.HttpStatusCode.NotFound);
    }

    private Task<IPage> SignedInPageAsync(EditingRoom room) => SignedInPageAsync(chromium, room);

    /// <summary>A new page in Chromium, signed in as a new editor through the sign-in form the workspace sends it to.</summary>
    internal static async Task<IPage> SignedInPageAsync(BrowserFixture chromium, EditingRoom room)
    {
        var account = await TestAccounts.CreateAsync(Desks.For(room.Services), ArchiveRoles.Editor, TestContext.Current.CancellationToken);
        var page = await chromium.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = room.BaseAddress.ToString() });
        await page.GotoAsync("/workspace");
        // Not signed in: the workspace sends the browser to sign in first.
        await Chromium.WaitForUrlAsync(page, "**/account/login**");
        await page.Locator("input[name=Name]").FillAsync(account.Name);
        await page.Locator("input[name=Password]").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/workspace");
        return page;
    }
}
