using System.Security.Claims;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dossier.Web.Accounts;

/// <summary>
/// The claims a signed-in request carries: the account's id, name, security stamp and current role. A session
/// whose account must still change its one-time password carries no role, so it may do nothing but change it.
/// </summary>
internal sealed class ArchivePrincipals(UserManager<Account> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (!user.MustChangePassword && RoleLadder.IsRole(user.Role))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role));
        }
        return identity;
    }

    /// <summary>A bearer token's principal: the owner's current role, whatever the password state.</summary>
    public static ClaimsPrincipal ForToken(Account account, ApiToken token, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.Name),
            new(ArchiveSchemes.TokenClaim, token.Id),
        ];
        if (RoleLadder.IsRole(account.Role))
        {
            claims.Add(new Claim(ClaimTypes.Role, account.Role));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
