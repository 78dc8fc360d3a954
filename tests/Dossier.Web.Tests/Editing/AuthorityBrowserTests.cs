using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Issue 11 item 2 in Chromium: an editor merges one person into another, adds a Persian variant, splits two variants
/// off with the record that uses them, and the merged person's old address leads to the survivor. And the edit
/// form's Publish button publishes what the form holds, not the text saved before.
/// </summary>
public sealed class AuthorityBrowserTests(BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_merge_edit_and_split_authorities_in_the_browser()
    {
        Chromium.Require(chromium.Missing);
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var scene = await AuthorityScene.CreateAsync(room);
        var page = await WorkspaceBrowserTests.SignedInPageAsync(chromium, room);

        await page.GotoAsync("/workspace/authorities?q=" + Uri.EscapeDataString("Хрущёв"));
        await page.Locator(".authority-list a", new() { HasText = "Khrushchev, Nikita S." }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/workspace/authorities/" + scene.KeepId);
        Assert.Equal("auto", await page.Locator("input[name='Form.PreferredName']").GetAttributeAsync("dir"));

        await page.Locator("form.merge-form input[name=other]").FillAsync(scene.MergeId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge into this one" }).ClickAsync();
        await Chromium.WaitForUrlAsync(page, "**/workspace/authorities/" + scene.KeepId + "?done=*");
        await Assertions.Expect(page.Locator("[data-merged]")).ToHaveTextAsync(scene.MergeId);
        await Assertions.Expect(page.Locator("[data-citing]")).ToHaveTextAsync("2");

        // A new Persian spelling in the first empty row; the right-to-left text is typed as it is.
        var rows = await page.Locator("table.variants input[name$='.Name']").CountAsync();
        await page.Locator($"input[name='Form.Variants[{rows - 3}].Name']").FillAsync("نیکیتا خروشچف");
        await page.Locator($"input[name='Form.Variants[{rows - 3}].Lang']").FillAsync("fa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync("saved");
        await Assertions.Expect(page.Locator($"input[name='Form.Variants[{rows - 3}].Name']")).ToHaveValueAsync("نیکیتا خروشچف");

        await page.Locator("form.split-form input[name=variants][value='Chruschtschow, Nikita']").CheckAsync();
        await page.Locator($"form.split-form input[name=variants][value='{AuthorityScene.FrenchVariant}']").CheckAsync();
        await page.Locator($"form.split-form input[name=records][value='{scene.MergeRecord}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Split off" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-heading]")).ToHaveTextAsync("Chruschtschow, Nikita");
        await Assertions.Expect(page.Locator("[data-citing]")).ToHaveTextAsync("1");
        var newId = await page.Locator("[data-authority-id]").InnerTextAsync();
        Assert.NotEqual(scene.KeepId, newId);
        Assert.Equal(newId, (await room.Archive.Store.Records.FindAsync(scene.MergeRecord, Cancel))!.People[0].AuthorityId);
        Assert.Equal(scene.KeepId, (await room.Archive.Store.Records.FindAsync(scene.KeepRecord, Cancel))!.People[0].AuthorityId);

        // The public side: the merged id leads to the survivor, which shows the Persian spelling right to left.
        await page.GotoAsync("/people/" + scene.MergeId);
        Assert.EndsWith("/people/" + scene.KeepId, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("نیکیتا خروشچف");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Speech at the plenum");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Report from Bonn");
    }

    [Fact]
    public async Task Should_save_unsaved_edits_before_publishing_them()
    {
        Chromium.Require(chromium.Missing);
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var draft = (await room.Desk.RunAsync(w => w.CreateAsync(LeakTests.Secret("dibbler"), "test", Cancel), Cancel)).Current!;
        var page = await WorkspaceBrowserTests.SignedInPageAsync(chromium, room);

        await page.GotoAsync("/workspace/documents/" + draft.RecordId);
        await page.Locator("input[name='Form.Title']").FillAsync("Memorandum on the dibbler, as published");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("published");
        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync("saved and published");
        Assert.Contains("dibbler, as published", await room.Client.GetPageAsync("/documents/" + draft.RecordId), StringComparison.Ordinal);
        var versions = await room.Desk.Versions.ListAsync(draft.RecordId, Cancel);
        Assert.Equal([EditAction.Created, EditAction.Saved, EditAction.Published], versions.Select(v => v.Action).ToArray());
        Assert.Equal(RecordStatus.Draft, versions[1].Status);
    }
}
