using System.Text.Encodings.Web;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Accounts;

/// <summary>
/// Bearer tokens (RFC 6750 §2.1, the Authorization header only: never a query parameter, which would end up in
/// logs). The token acts with its owner's role as it is now, so a demotion or a lockout takes effect at once.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccountStore accounts, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Realm = "Bearer realm=\"dossier\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(ArchiveSchemes.Bearer + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header[(ArchiveSchemes.Bearer.Length + 1)..].Trim();
        if (!ApiTokenSecret.LooksValid(secret))
        {
            return AuthenticateResult.Fail("malformed bearer token");
        }
        var token = await accounts.FindTokenByHashAsync(ApiTokenSecret.Hash(secret), Context.RequestAborted).ConfigureAwait(false);
        if (token is null || token.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("unknown or revoked token");
        }
        var account = await accounts.FindAsync(token.AccountId, Context.RequestAborted).ConfigureAwait(false);
        if (account is null || account.LockoutEnd > time.GetUtcNow())
        {
            return AuthenticateResult.Fail("the token's account is gone or locked");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(ArchivePrincipals.ForToken(account, token, Scheme.Name), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null ? Realm : Realm + ", error=\"invalid_token\"";
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.Headers[HeaderNames.WWWAuthenticate] = Realm + ", error=\"insufficient_scope\"";
        return Task.CompletedTask;
    }
}
