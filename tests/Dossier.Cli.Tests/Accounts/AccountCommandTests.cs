using System.Net;
using System.Text.RegularExpressions;
using Dossier.Testing;
using Dossier.Testing.Accounts;

namespace Dossier.Cli.Tests.Accounts;

/// <summary>`dossier user`, `token` and `audit` as child processes, and what they made used against `dossier serve`.</summary>
public sealed partial class AccountCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("dossier-cli-accounts");

    private string Data => _folder.File("data");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_add_an_account_with_a_one_time_password_and_a_token_that_a_served_archive_accepts()
    {
        var added = await DossierProcess.RunAsync("user", "add", "mira", "--role", "editor", "--data", Data);
        var token = await DossierProcess.RunAsync("token", "create", "mira", "--label", "nightly", "--data", Data);
        var audit = await DossierProcess.RunAsync("audit", "--data", Data);

        Assert.Equal(0, added.ExitCode);
        var oneTime = OneTimePassword().Match(added.Output);
        Assert.True(oneTime.Success, added.Output);
        Assert.Equal(0, token.ExitCode);
        var secret = token.Output.Trim();
        Assert.Matches("^dossier_[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("account.created  cli  mira  role editor", audit.Output, StringComparison.Ordinal);
        Assert.Contains("token.created  cli  tok_", audit.Output, StringComparison.Ordinal);

        var (server, url) = await DossierProcess.ServeAsync(Data);
        await using (server)
        {
            using var script = new HttpClient { BaseAddress = url }.WithBearer(secret);
            var me = await script.GetStringAsync(new Uri("/api/account", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("\"role\":\"editor\"", me, StringComparison.Ordinal);

            using var person = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = url };
            using var signIn = await TestAccounts.PostFormAsync(person, "/account/login", [new("Name", "mira"), new("Password", oneTime.Groups["password"].Value)], TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.StartsWith("/account/password", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_set_a_given_password_change_roles_and_refuse_what_is_wrong_with_a_reason()
    {
        var added = await DossierProcess.RunAsync("user", "add", "ola", "--role", "contributor", "--password", "a long enough passphrase", "--data", Data);
        var badRole = await DossierProcess.RunAsync("user", "add", "pia", "--role", "owner", "--data", Data);
        var weak = await DossierProcess.RunAsync("user", "add", "pia", "--role", "reader", "--password", "short", "--data", Data);
        var again = await DossierProcess.RunAsync("user", "add", "OLA", "--role", "reader", "--data", Data);
        var role = await DossierProcess.RunAsync("user", "role", "ola", "admin", "--data", Data);
        var nobody = await DossierProcess.RunAsync("token", "create", "nobody", "--data", Data);
        var list = await DossierProcess.RunAsync("user", "list", "--data", Data);

        Assert.Equal(0, added.ExitCode);
        Assert.DoesNotContain("one-time", added.Output, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("'owner' is not a role: reader, contributor, editor, admin", badRole.Error, StringComparison.Ordinal);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already taken", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, role.ExitCode);
        Assert.Equal(2, nobody.ExitCode);
        Assert.Contains("no account 'nobody'", nobody.Error, StringComparison.Ordinal);
        Assert.Matches(@"ola\s+admin", list.Output);
        Assert.DoesNotContain("pia", list.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex("one-time password: (?<password>[A-Za-z0-9_-]{20})")]
    private static partial Regex OneTimePassword();
}
