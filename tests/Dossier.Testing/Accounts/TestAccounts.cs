using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dossier.Core.Accounts;

namespace Dossier.Testing.Accounts;

/// <summary>
/// Accounts for tests against a real host: made through the archive's <see cref="IAccountDesk"/> (the same as
/// `dossier user add`), signed in through the real sign-in form (anti-forgery token and all), or given a bearer token.
/// The role names are those of <c>Dossier.Web.Accounts.ArchiveRoles</c>.
/// </summary>
public static partial class TestAccounts
{
    /// <summary>A new account with <paramref name="role"/> and a known password (never a one-time one).</summary>
    public static async Task<TestAccount> CreateAsync(IAccountDesk desk, string role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var name = $"test-{role}-{Guid.NewGuid():N}"[..Math.Min(40, 14 + role.Length)];
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await desk.AddAsync(name, role, password, "test", cancellationToken).ConfigureAwait(false);
        return new TestAccount(name, role, password);
    }

    /// <summary>A bearer token acting as a new account with <paramref name="role"/>.</summary>
    public static async Task<string> BearerTokenFor(IAccountDesk desk, string role, CancellationToken cancellationToken = default)
    {
        var account = await CreateAsync(desk, role, cancellationToken).ConfigureAwait(false);
        var token = await desk.CreateTokenAsync(account.Name, "test", "test", cancellationToken).ConfigureAwait(false);
        return token.Secret;
    }

    /// <summary>Sends <paramref name="token"/> as <c>Authorization: Bearer</c> on every request of <paramref name="client"/>.</summary>
    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Makes an account with <paramref name="role"/> and signs <paramref name="client"/> in with it through /account/login.
    /// The client must keep cookies (a <see cref="SocketsHttpHandler"/> does unless UseCookies is off).
    /// </summary>
    public static async Task<TestAccount> SignInAsync(HttpClient client, IAccountDesk desk, string role, CancellationToken cancellationToken = default)
    {
        var account = await CreateAsync(desk, role, cancellationToken).ConfigureAwait(false);
        await SignInAsync(client, account.Name, account.Password, cancellationToken).ConfigureAwait(false);
        return account;
    }

    /// <summary>Posts the sign-in form; throws when the server does not answer with the redirect of a successful sign-in.</summary>
    public static async Task SignInAsync(HttpClient client, string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = await PostFormAsync(client, "/account/login", [new("Name", name), new("Password", password)], cancellationToken).ConfigureAwait(false);
        if (form.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {name}: {(int)form.StatusCode}, expected 302");
        }
    }

    /// <summary>The anti-forgery token of the first POST form on <paramref name="path"/> (and the cookie it pairs with, kept by the client).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var html = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var match = TokenPattern().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException($"GET {path} ({(int)response.StatusCode}) has no anti-forgery token");
    }

    /// <summary>Fetches the form's token from <paramref name="path"/> and posts <paramref name="fields"/> with it to the same path.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        var token = await FormTokenAsync(client, path, cancellationToken).ConfigureAwait(false);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
