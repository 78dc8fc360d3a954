namespace Dossier.Core.Accounts;

/// <summary>Where accounts, their API tokens and the keys that sign sessions are kept (the archive's database).</summary>
public interface IAccountStore
{
    Task<Account?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<Account?> FindByNormalizedNameAsync(string normalizedName, CancellationToken cancellationToken = default);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="account"/>; false when its normalized name is taken.</summary>
    Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="account"/> if the stored one still has <paramref name="expectedConcurrencyStamp"/>;
    /// false when another save came first (or the account is gone). The caller sets the new stamp.
    /// </summary>
    Task<bool> UpdateAsync(Account account, string expectedConcurrencyStamp, CancellationToken cancellationToken = default);

    /// <summary>Deletes the account and its tokens; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task AddTokenAsync(ApiToken token, CancellationToken cancellationToken = default);

    /// <summary>The token whose secret hashes to <paramref name="hash"/>, revoked or not; null when none.</summary>
    Task<ApiToken?> FindTokenByHashAsync(string hash, CancellationToken cancellationToken = default);

    Task<ApiToken?> FindTokenAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The tokens of one account, or of all accounts when <paramref name="accountId"/> is null, newest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListTokensAsync(string? accountId, CancellationToken cancellationToken = default);

    /// <summary>Marks the token revoked at <paramref name="at"/>; false when it does not exist or was already revoked.</summary>
    Task<bool> RevokeTokenAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The data-protection key ring's XML elements (synchronous: ASP.NET Core's key repository is).</summary>
    IReadOnlyList<string> ReadProtectionKeys();

    void StoreProtectionKey(string friendlyName, string xml);
}
