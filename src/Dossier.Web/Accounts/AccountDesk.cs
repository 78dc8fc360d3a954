using System.Security.Cryptography;
using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Dossier.Web.Accounts;

/// <summary>Account administration through Identity's user manager (its validators and hasher), audited.</summary>
internal sealed class AccountDesk(UserManager<Account> users, IAccountStore accounts, IAuditLog audit, TimeProvider time) : IAccountDesk
{
    public async Task<NewAccount> AddAsync(string name, string role, string? password, string actor, CancellationToken cancellationToken = default)
    {
        RequireRole(role);
        var oneTime = password is null ? GeneratePassword() : null;
        var account = new Account
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = (name ?? "").Trim(),
            Role = role,
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
            MustChangePassword = oneTime is not null,
        };
        if (account.Name.Length == 0)
        {
            throw new AccountException("an account needs a name");
        }
        Check(await users.CreateAsync(account, password ?? oneTime!).ConfigureAwait(false), account.Name);
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.AccountCreated, Actor = actor, Target = account.Name, Detail = "role " + role }, cancellationToken).ConfigureAwait(false);
        return new NewAccount(account, oneTime);
    }

    public async Task<Account> SetRoleAsync(string name, string role, string actor, CancellationToken cancellationToken = default)
    {
        RequireRole(role);
        var account = await RequireAsync(name).ConfigureAwait(false);
        var old = account.Role;
        if (string.Equals(old, role, StringComparison.Ordinal))
        {
            return account;
        }
        await RequireAnotherAdminAsync(account, cancellationToken).ConfigureAwait(false);
        account.Role = role;
        Check(await users.UpdateAsync(account).ConfigureAwait(false), name);
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.RoleChanged, Actor = actor, Target = account.Name, Detail = old + " → " + role }, cancellationToken).ConfigureAwait(false);
        return account;
    }

    public async Task SetPasswordAsync(string name, string password, bool mustChange, string actor, CancellationToken cancellationToken = default)
    {
        var account = await RequireAsync(name).ConfigureAwait(false);
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, account, password).ConfigureAwait(false), name);
        }
        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.MustChangePassword = mustChange;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        // A new stamp ends every session signed in with the old password.
        Check(await users.UpdateSecurityStampAsync(account).ConfigureAwait(false), name);
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.PasswordChanged, Actor = actor, Target = account.Name, Detail = "reset" }, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        var account = await RequireAsync(name).ConfigureAwait(false);
        await RequireAnotherAdminAsync(account, cancellationToken).ConfigureAwait(false);
        Check(await users.DeleteAsync(account).ConfigureAwait(false), name);
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.AccountDeleted, Actor = actor, Target = account.Name, Detail = "role " + account.Role }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NewApiToken> CreateTokenAsync(string name, string label, string actor, CancellationToken cancellationToken = default)
    {
        var account = await RequireAsync(name).ConfigureAwait(false);
        var secret = ApiTokenSecret.Generate();
        var token = new ApiToken
        {
            Id = "tok_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            AccountId = account.Id,
            Label = (label ?? "").Trim(),
            Hash = ApiTokenSecret.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        await accounts.AddTokenAsync(token, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.TokenCreated, Actor = actor, Target = token.Id, Detail = $"for {account.Name} ({account.Role})" }, cancellationToken).ConfigureAwait(false);
        return new NewApiToken(token, secret);
    }

    public async Task<bool> RevokeTokenAsync(string tokenId, string actor, CancellationToken cancellationToken = default)
    {
        if (!await accounts.RevokeTokenAsync(tokenId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await audit.RecordAsync(new AuditEntry { Action = AuditActions.TokenRevoked, Actor = actor, Target = tokenId }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<Account?> FindAsync(string name, CancellationToken cancellationToken = default) => users.FindByNameAsync((name ?? "").Trim());

    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default) => accounts.ListAsync(cancellationToken);

    private async Task<Account> RequireAsync(string name) =>
        await users.FindByNameAsync((name ?? "").Trim()).ConfigureAwait(false) ?? throw new AccountException($"no account '{name}'");

    /// <summary>The archive must keep an admin: no one else could then manage accounts from the web.</summary>
    private async Task RequireAnotherAdminAsync(Account account, CancellationToken cancellationToken)
    {
        if (string.Equals(account.Role, ArchiveRoles.Admin, StringComparison.Ordinal)
            && (await accounts.ListAsync(cancellationToken).ConfigureAwait(false)).Count(a => string.Equals(a.Role, ArchiveRoles.Admin, StringComparison.Ordinal)) <= 1)
        {
            throw new AccountException($"'{account.Name}' is the last admin; make another account admin first");
        }
    }

    private static void RequireRole(string role)
    {
        if (!RoleLadder.IsRole(role))
        {
            throw new AccountException($"'{role}' is not a role: {string.Join(", ", ArchiveRoles.All)}");
        }
    }

    private static void Check(IdentityResult result, string name)
    {
        if (!result.Succeeded)
        {
            throw new AccountException($"account '{name}': " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>20 characters from a 64-symbol alphabet: 120 random bits, easy to copy from a terminal.</summary>
    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
}
