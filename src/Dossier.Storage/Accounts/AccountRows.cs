using Dossier.Core.Accounts;

namespace Dossier.Storage.Accounts;

/// <summary>Between the Core account model and its rows; times are stored in UTC.</summary>
internal static class AccountRows
{
    public static Account ToAccount(AccountRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        NormalizedName = row.NormalizedName,
        Role = row.Role,
        PasswordHash = row.PasswordHash,
        SecurityStamp = row.SecurityStamp,
        ConcurrencyStamp = row.ConcurrencyStamp,
        LockoutEnabled = row.LockoutEnabled,
        LockoutEnd = row.LockoutEnd,
        AccessFailedCount = row.AccessFailedCount,
        MustChangePassword = row.MustChangePassword,
        CreatedAt = row.CreatedAt,
    };

    public static AccountRow ToRow(Account account) => new()
    {
        Id = account.Id,
        Name = account.Name,
        NormalizedName = account.NormalizedName,
        Role = account.Role,
        PasswordHash = account.PasswordHash,
        SecurityStamp = account.SecurityStamp,
        ConcurrencyStamp = account.ConcurrencyStamp,
        LockoutEnabled = account.LockoutEnabled,
        LockoutEnd = account.LockoutEnd?.ToUniversalTime(),
        AccessFailedCount = account.AccessFailedCount,
        MustChangePassword = account.MustChangePassword,
        CreatedAt = account.CreatedAt.ToUniversalTime(),
    };

    public static ApiToken ToToken(ApiTokenRow row) => new()
    {
        Id = row.Id,
        AccountId = row.AccountId,
        Label = row.Label,
        Hash = row.Hash,
        CreatedAt = row.CreatedAt,
        RevokedAt = row.RevokedAt,
    };

    public static ApiTokenRow ToRow(ApiToken token) => new()
    {
        Id = token.Id,
        AccountId = token.AccountId,
        Label = token.Label,
        Hash = token.Hash,
        CreatedAt = token.CreatedAt.ToUniversalTime(),
        RevokedAt = token.RevokedAt?.ToUniversalTime(),
    };
}
