using System.Security.Claims;
using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Accounts;

/// <summary>
/// The accounts in the JSON API: who am I (GET /api/account), tokens for oneself (POST /api/tokens, DELETE
/// /api/tokens/{id}), and for admins the accounts, their roles and tokens, and the audit log.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/account", WhoAmI).WithTags("Accounts").WithName("GetOwnAccount").RequireAuthorization();
        api.MapPost("/tokens", CreateOwnTokenAsync).WithTags("Accounts").WithName("CreateOwnToken").RequireAuthorization();
        api.MapDelete("/tokens/{id}", RevokeTokenAsync).WithTags("Accounts").WithName("RevokeToken").RequireAuthorization();

        var admin = api.MapGroup("/accounts").WithTags("Accounts").RequireAuthorization(ArchivePolicies.Administer);
        admin.MapGet("/", ListAsync).WithName("ListAccounts");
        admin.MapPost("/", AddAsync).WithName("AddAccount");
        admin.MapPut("/{name}/role", SetRoleAsync).WithName("SetAccountRole");
        admin.MapDelete("/{name}", DeleteAsync).WithName("DeleteAccount");
        admin.MapPost("/{name}/tokens", CreateTokenAsync).WithName("CreateAccountToken");
        api.MapGet("/audit", ReadAuditAsync).WithTags("Accounts").WithName("ReadAuditLog").RequireAuthorization(ArchivePolicies.Administer);
        return api;
    }

    private static Ok<AccountView> WhoAmI(ClaimsPrincipal user) =>
        TypedResults.Ok(new AccountView(user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.Role), user.FindFirstValue(ArchiveSchemes.TokenClaim)));

    private static async Task<Ok<IEnumerable<AccountView>>> ListAsync(IAccountDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok((await desk.ListAsync(cancellationToken).ConfigureAwait(false)).Select(a => new AccountView(a.Name, a.Role, null)));

    private static async Task<Results<Created<AddedAccount>, ValidationProblem>> AddAsync(AccountRequest request, IAccountDesk desk, HttpContext http)
    {
        try
        {
            var added = await desk.AddAsync(request.Name ?? "", request.Role ?? "", request.Password, Actor(http), http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Created("/api/accounts/" + Uri.EscapeDataString(added.Account.Name), new AddedAccount(added.Account.Name, added.Account.Role, added.OneTimePassword));
        }
        catch (AccountException e)
        {
            return Problem("name", e.Message);
        }
    }

    private static async Task<Results<Ok<AccountView>, NotFound, ValidationProblem>> SetRoleAsync(string name, RoleRequest request, IAccountDesk desk, HttpContext http)
    {
        if (await desk.FindAsync(name, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        try
        {
            var account = await desk.SetRoleAsync(name, request.Role ?? "", Actor(http), http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Ok(new AccountView(account.Name, account.Role, null));
        }
        catch (AccountException e)
        {
            return Problem("role", e.Message);
        }
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string name, IAccountDesk desk, HttpContext http)
    {
        if (await desk.FindAsync(name, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        await desk.DeleteAsync(name, Actor(http), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<IssuedToken>, NotFound>> CreateTokenAsync(string name, TokenRequest? request, IAccountDesk desk, HttpContext http)
    {
        if (await desk.FindAsync(name, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        var created = await desk.CreateTokenAsync(name, request?.Label ?? "", Actor(http), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created("/api/tokens/" + created.Token.Id, new IssuedToken(created.Token.Id, name, created.Secret));
    }

    private static async Task<Results<Created<IssuedToken>, NotFound>> CreateOwnTokenAsync(TokenRequest? request, IAccountDesk desk, HttpContext http) =>
        await CreateTokenAsync(http.User.Identity?.Name ?? "", request, desk, http).ConfigureAwait(false);

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> RevokeTokenAsync(string id, IAccountStore accounts, IAccountDesk desk, HttpContext http)
    {
        if (await accounts.FindTokenAsync(id, http.RequestAborted).ConfigureAwait(false) is not { RevokedAt: null } token)
        {
            return TypedResults.NotFound();
        }
        // One's own tokens, or anyone's for an admin.
        if (!http.User.IsInRole(ArchiveRoles.Admin) && !string.Equals(token.AccountId, http.User.FindFirstValue(ClaimTypes.NameIdentifier), StringComparison.Ordinal))
        {
            return TypedResults.Forbid();
        }
        return await desk.RevokeTokenAsync(id, Actor(http), http.RequestAborted).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Ok<IReadOnlyList<AuditEntry>>> ReadAuditAsync(
        IAuditLog audit, string? action, string? actor, string? target, long? before, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ReadAsync(new AuditQuery { Action = action, Actor = actor, Target = target, Before = before, Limit = Math.Clamp(limit ?? 100, 1, 1000) }, cancellationToken).ConfigureAwait(false));

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "";

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
