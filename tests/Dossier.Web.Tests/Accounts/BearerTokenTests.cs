using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Storage;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Accounts;

public sealed class BearerTokenTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_keep_only_the_hash_of_a_token_and_refuse_it_once_revoked()
    {
        var desk = Desks.For(room.Services);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Contributor, Cancel);
        var created = await desk.CreateTokenAsync(account.Name, "script", "test", Cancel);
        using var client = room.NewClient().WithBearer(created.Secret);

        Assert.Contains("\"role\":\"contributor\"", await client.GetPageAsync("/api/account"), StringComparison.Ordinal);
        var stored = Assert.Single(await room.Archive.Accounts!.ListTokensAsync((await desk.FindAsync(account.Name, Cancel))!.Id, Cancel));
        Assert.Equal(ApiTokenSecret.Hash(created.Secret), stored.Hash);
        Assert.DoesNotContain(created.Secret[ApiTokenSecret.Prefix.Length..], await DatabaseTextAsync(), StringComparison.Ordinal);

        Assert.True(await desk.RevokeTokenAsync(created.Token.Id, "test", Cancel));
        using var refused = await client.GetAsync(new Uri("/api/account", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Single(await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.TokenRevoked, Target = created.Token.Id }, Cancel));
    }

    [Fact]
    public async Task Should_act_with_the_owners_current_role()
    {
        var desk = Desks.For(room.Services);
        // The archive keeps an admin: another one lets this one be demoted, whichever tests ran before in this room.
        await TestAccounts.CreateAsync(desk, ArchiveRoles.Admin, Cancel);
        var account = await TestAccounts.CreateAsync(desk, ArchiveRoles.Admin, Cancel);
        using var client = room.NewClient().WithBearer((await desk.CreateTokenAsync(account.Name, "", "test", Cancel)).Secret);
        await client.GetPageAsync("/api/audit");

        await desk.SetRoleAsync(account.Name, ArchiveRoles.Editor, "test", Cancel);

        using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("insufficient_scope", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var change = Assert.Single(await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.RoleChanged, Target = account.Name }, Cancel));
        Assert.Equal("admin → editor", change.Detail);
    }

    [Fact]
    public async Task Should_answer_401_with_a_bearer_challenge_without_credentials_and_403_to_a_role_that_may_not()
    {
        var desk = Desks.For(room.Services);
        using var anonymous = room.NewClient();
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Editor, Cancel));
        using var body = new StringContent("{\"name\":\"intruder\",\"role\":\"admin\"}", Encoding.UTF8, "application/json");

        using var none = await anonymous.PostAsync(new Uri("/api/accounts", UriKind.Relative), body, Cancel);
        using var denied = await editor.PostAsync(new Uri("/api/accounts", UriKind.Relative), body, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.StartsWith("Bearer", none.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null(await desk.FindAsync("intruder", Cancel));
    }

    [Fact]
    public async Task Should_let_an_admin_add_an_account_over_the_api_and_that_account_sign_in()
    {
        var desk = Desks.For(room.Services);
        using var admin = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Admin, Cancel));
        var name = "api-made-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await admin.PostAsJsonAsync(new Uri("/api/accounts", UriKind.Relative), new { name, role = "contributor" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
        var password = added.GetProperty("one_time_password").GetString()!;
        using var person = room.NewClient();
        await TestAccounts.SignInAsync(person, name, password, Cancel);
        var entry = Assert.Single(await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.AccountCreated, Target = name }, Cancel));
        Assert.StartsWith("test-admin-", entry.Actor, StringComparison.Ordinal);
    }

    private async Task<string> DatabaseTextAsync()
    {
        // The WAL holds recent writes until a checkpoint: read both.
        var path = StoreFactory.DatabasePath(room.Archive.DataFolder);
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync(Cancel));
        }
        return text.ToString();
    }
}
