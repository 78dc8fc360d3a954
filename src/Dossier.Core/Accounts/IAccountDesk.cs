namespace Dossier.Core.Accounts;

/// <summary>
/// Account administration, the same for the `dossier user`/`token` commands, the admin pages and tests: every
/// change is checked (names, roles, password rules) and written to the audit log with <c>actor</c> as who did it.
/// </summary>
public interface IAccountDesk
{
    /// <summary>Adds an account; with no <paramref name="password"/> a one-time one is generated and must be changed at first sign-in.</summary>
    /// <exception cref="AccountException">The name is taken or invalid, the role unknown, or the password too weak.</exception>
    Task<NewAccount> AddAsync(string name, string role, string? password, string actor, CancellationToken cancellationToken = default);

    /// <exception cref="AccountException">No such account or role.</exception>
    Task<Account> SetRoleAsync(string name, string role, string actor, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password (an admin's reset), ending the account's sessions and lockout.</summary>
    /// <exception cref="AccountException">No such account, or the password is too weak.</exception>
    Task SetPasswordAsync(string name, string password, bool mustChange, string actor, CancellationToken cancellationToken = default);

    /// <exception cref="AccountException">No such account.</exception>
    Task DeleteAsync(string name, string actor, CancellationToken cancellationToken = default);

    /// <summary>Creates an API token acting as <paramref name="name"/>, with that account's role.</summary>
    /// <exception cref="AccountException">No such account.</exception>
    Task<NewApiToken> CreateTokenAsync(string name, string label, string actor, CancellationToken cancellationToken = default);

    /// <summary>Revokes a token by id; false when there is no live token with that id.</summary>
    Task<bool> RevokeTokenAsync(string tokenId, string actor, CancellationToken cancellationToken = default);

    Task<Account?> FindAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default);
}
