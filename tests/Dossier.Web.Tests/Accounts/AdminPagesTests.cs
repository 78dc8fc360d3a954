using System.Net;
using System.Text.RegularExpressions;
using Dossier.Core.Audit;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Accounts;

public sealed partial class AdminPagesTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_let_an_admin_add_an_account_change_its_role_and_see_both_in_the_audit_log()
    {
        var desk = Desks.For(room.Services);
        using var admin = room.NewClient();
        var me = await TestAccounts.SignInAsync(admin, desk, ArchiveRoles.Admin, Cancel);
        var name = "paged-" + Guid.NewGuid().ToString("N")[..8];

        using var added = await TestAccounts.PostFormAsync(admin, "/account/admin?handler=Add", [new("name", name), new("role", "contributor"), new("password", "")], Cancel);
        var addedPage = await added.Content.ReadAsStringAsync(Cancel);
        using var promoted = await TestAccounts.PostFormAsync(admin, "/account/admin?handler=Role", [new("name", name), new("role", "editor")], Cancel);
        var audit = await admin.GetPageAsync("/account/admin/audit?target=" + name);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var oneTime = OneTimePassword().Match(addedPage);
        Assert.True(oneTime.Success, addedPage);
        Assert.Equal(ArchiveRoles.Editor, (await desk.FindAsync(name, Cancel))!.Role);
        Assert.Contains("contributor → editor", audit, StringComparison.Ordinal);
        Assert.Contains(AuditActions.AccountCreated, audit, StringComparison.Ordinal);
        Assert.Contains(me.Name, audit, StringComparison.Ordinal);
        Assert.Contains("no-store", (await admin.GetAsync(new Uri("/account/admin", UriKind.Relative), Cancel)).Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var person = room.NewClient();
        await TestAccounts.SignInAsync(person, name, oneTime.Groups["password"].Value, Cancel);
    }

    [Fact]
    public async Task Should_let_an_admin_create_a_token_on_the_page_and_revoke_it()
    {
        var desk = Desks.For(room.Services);
        using var admin = room.NewClient();
        await TestAccounts.SignInAsync(admin, desk, ArchiveRoles.Admin, Cancel);
        var owner = await TestAccounts.CreateAsync(desk, ArchiveRoles.Editor, Cancel);

        using var created = await TestAccounts.PostFormAsync(admin, "/account/admin/tokens?handler=Create", [new("name", owner.Name), new("label", "nightly import")], Cancel);
        var page = await created.Content.ReadAsStringAsync(Cancel);
        var secret = TokenSecret().Match(page).Groups["secret"].Value;
        using var script = room.NewClient().WithBearer(secret);
        Assert.Contains($"\"name\":\"{owner.Name}\"", await script.GetPageAsync("/api/account"), StringComparison.Ordinal);
        var id = Assert.Single(await room.Archive.Accounts!.ListTokensAsync((await desk.FindAsync(owner.Name, Cancel))!.Id, Cancel)).Id;

        using var revoked = await TestAccounts.PostFormAsync(admin, "/account/admin/tokens?handler=Revoke", [new("id", id)], Cancel);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await script.GetPageAsync("/api/account", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_show_the_admin_pages_to_no_one_below_admin()
    {
        var desk = Desks.For(room.Services);
        using var editor = room.NewClient();
        await TestAccounts.SignInAsync(editor, desk, ArchiveRoles.Editor, Cancel);

        var body = await editor.GetPageAsync("/account/admin/audit", HttpStatusCode.Forbidden);

        Assert.Contains("Not allowed", body, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditActions.SignIn, body, StringComparison.Ordinal);
    }

    [GeneratedRegex("One-time password, shown only now: (?<password>[A-Za-z0-9_-]{20})")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("<code class=\"token-secret\">(?<secret>dossier_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex TokenSecret();
}
