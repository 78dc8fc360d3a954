using System.Net;
using Dossier.Core.Audit;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Accounts;

public sealed class SignInTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_sign_in_through_the_form_with_an_httponly_samesite_cookie_and_act_with_the_role()
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Editor, Cancel);
        using var client = room.NewClient();

        using var response = await TestAccounts.PostFormAsync(client, "/account/login?returnUrl=%2Fcollections", [new("Name", account.Name), new("Password", account.Password)], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/collections", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dossier.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetPageAsync("/api/account");
        Assert.Contains($"\"name\":\"{account.Name}\"", me, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"editor\"", me, StringComparison.Ordinal);
        var audit = await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.SignIn, Actor = account.Name }, Cancel);
        Assert.Single(audit);
    }

    [Fact]
    public async Task Should_refuse_a_sign_in_post_without_the_anti_forgery_token()
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Admin, Cancel);
        using var client = room.NewClient();
        await client.GetPageAsync("/account/login");

        using var content = new FormUrlEncodedContent([new("Name", account.Name), new("Password", account.Password)]);
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("dossier.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_failures_even_for_the_right_password_and_audit_each()
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Contributor, Cancel);
        using var client = room.NewClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await TestAccounts.PostFormAsync(client, "/account/login", [new("Name", account.Name), new("Password", "not-the-password-" + i)], Cancel);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await TestAccounts.PostFormAsync(client, "/account/login", [new("Name", account.Name), new("Password", account.Password)], Cancel);
        var body = await right.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", body, StringComparison.Ordinal);
        var failures = await room.Archive.Audit!.ReadAsync(new AuditQuery { Target = account.Name, Action = AuditActions.SignInFailed }, Cancel);
        var lockouts = await room.Archive.Audit.ReadAsync(new AuditQuery { Target = account.Name, Action = AuditActions.LockedOut }, Cancel);
        Assert.Equal(4, failures.Count);
        Assert.Equal(2, lockouts.Count);
        Assert.All(failures, f => Assert.Equal("127.0.0.1", f.Address));

        // An admin's reset ends the lockout.
        await desk.SetPasswordAsync(account.Name, account.Password, mustChange: false, "test", Cancel);
        await TestAccounts.SignInAsync(client, account.Name, account.Password, Cancel);
    }

    [Fact]
    public async Task Should_sign_out_only_by_a_post_and_end_the_session()
    {
        var desk = Desks.For(room.Services);
        using var client = room.NewClient();
        await TestAccounts.SignInAsync(client, desk, ArchiveRoles.Reader, Cancel);
        await client.GetPageAsync("/account");

        await client.GetPageAsync("/account/logout");
        await client.GetPageAsync("/account");
        using var response = await TestAccounts.PostFormAsync(client, "/account/logout", [], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await client.GetAsync(new Uri("/account", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_end_other_sessions_when_the_password_changes_and_keep_this_one()
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Editor, Cancel);
        using var first = room.NewClient();
        using var second = room.NewClient();
        await TestAccounts.SignInAsync(first, account.Name, account.Password, Cancel);
        await TestAccounts.SignInAsync(second, account.Name, account.Password, Cancel);

        using var change = await TestAccounts.PostFormAsync(first, "/account/password",
            [new("Current", account.Password), new("Replacement", "a new long passphrase"), new("Confirmation", "a new long passphrase")], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        await first.GetPageAsync("/account");
        using var stale = await second.GetAsync(new Uri("/account", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        await TestAccounts.SignInAsync(second, account.Name, "a new long passphrase", Cancel);
    }

    [Fact]
    public async Task Should_give_no_role_until_a_one_time_password_is_changed()
    {
        var desk = Desks.For(room.Services);
        var name = "onetime-" + Guid.NewGuid().ToString("N")[..8];
        var added = await desk.AddAsync(name, ArchiveRoles.Admin, null, "test", Cancel);
        using var client = room.NewClient();

        using var signIn = await TestAccounts.PostFormAsync(client, "/account/login", [new("Name", name), new("Password", added.OneTimePassword!)], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/password", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("\"role\":null", await client.GetPageAsync("/api/account"), StringComparison.Ordinal);
        await client.GetPageAsync("/api/audit", HttpStatusCode.Forbidden);
        using var change = await TestAccounts.PostFormAsync(client, "/account/password",
            [new("Current", added.OneTimePassword!), new("Replacement", "my own passphrase"), new("Confirmation", "my own passphrase")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        await client.GetPageAsync("/api/audit");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Should_never_redirect_off_the_site_after_sign_in(string returnUrl)
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Reader, Cancel);
        using var client = room.NewClient();

        using var response = await TestAccounts.PostFormAsync(client, "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl), [new("Name", account.Name), new("Password", account.Password)], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_never_let_a_cache_keep_the_sign_in_page_or_hand_one_visitor_another_visitors_form_token()
    {
        using var first = room.NewClient();
        using var second = room.NewClient();

        var tokens = new List<string>();
        foreach (var client in new[] { first, first, second })
        {
            using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative), Cancel);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            tokens.Add(await TestAccounts.FormTokenAsync(client, "/account/login", Cancel));
        }

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }
}
