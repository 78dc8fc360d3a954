using Dossier.Core.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Accounts;

/// <summary>Accounts, API tokens and the data-protection key ring in the archive's database (tables <c>accounts</c>, <c>api_tokens</c>, <c>protection_keys</c>).</summary>
public sealed class AccountStore(ArchiveStore store) : IAccountStore
{
    public async Task<Account?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Set<AccountRow>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null ? null : AccountRows.ToAccount(row);
        }
    }

    public async Task<Account?> FindByNormalizedNameAsync(string normalizedName, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Set<AccountRow>().FirstOrDefaultAsync(a => a.NormalizedName == normalizedName, cancellationToken).ConfigureAwait(false);
            return row is null ? null : AccountRows.ToAccount(row);
        }
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Set<AccountRow>().OrderBy(a => a.NormalizedName).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(AccountRows.ToAccount).ToList();
        }
    }

    public async Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            if (await db.Set<AccountRow>().AnyAsync(a => a.NormalizedName == account.NormalizedName, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            db.Add(AccountRows.ToRow(account));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                // Another process took the name between the check and the insert (the unique index refused it).
                return false;
            }
        }
    }

    public async Task<bool> UpdateAsync(Account account, string expectedConcurrencyStamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = AccountRows.ToRow(account);
            var changed = await db.Set<AccountRow>()
                .Where(a => a.Id == row.Id && a.ConcurrencyStamp == expectedConcurrencyStamp)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(a => a.Name, row.Name)
                        .SetProperty(a => a.NormalizedName, row.NormalizedName)
                        .SetProperty(a => a.Role, row.Role)
                        .SetProperty(a => a.PasswordHash, row.PasswordHash)
                        .SetProperty(a => a.SecurityStamp, row.SecurityStamp)
                        .SetProperty(a => a.ConcurrencyStamp, row.ConcurrencyStamp)
                        .SetProperty(a => a.LockoutEnabled, row.LockoutEnabled)
                        .SetProperty(a => a.LockoutEnd, row.LockoutEnd)
                        .SetProperty(a => a.AccessFailedCount, row.AccessFailedCount)
                        .SetProperty(a => a.MustChangePassword, row.MustChangePassword),
                    cancellationToken).ConfigureAwait(false);
            return changed == 1;
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await db.Set<ApiTokenRow>().Where(t => t.AccountId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return await db.Set<AccountRow>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task AddTokenAsync(ApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            db.Add(AccountRows.ToRow(token));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ApiToken?> FindTokenByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Set<ApiTokenRow>().FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken).ConfigureAwait(false);
            return row is null ? null : AccountRows.ToToken(row);
        }
    }

    public async Task<ApiToken?> FindTokenAsync(string id, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var row = await db.Set<ApiTokenRow>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null ? null : AccountRows.ToToken(row);
        }
    }

    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(string? accountId, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = db.Set<ApiTokenRow>().AsQueryable();
            if (accountId is not null)
            {
                rows = rows.Where(t => t.AccountId == accountId);
            }
            // Sorted here: SQLite cannot order by a DateTimeOffset column.
            var list = await rows.ToListAsync(cancellationToken).ConfigureAwait(false);
            return list.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id, StringComparer.Ordinal).Select(AccountRows.ToToken).ToList();
        }
    }

    public async Task<bool> RevokeTokenAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var utc = at.ToUniversalTime();
            return await db.Set<ApiTokenRow>().Where(t => t.Id == id && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, utc), cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public IReadOnlyList<string> ReadProtectionKeys()
    {
        using var db = store.CreateContext();
        return db.Set<ProtectionKeyRow>().OrderBy(k => k.Id).Select(k => k.Xml).ToList();
    }

    public void StoreProtectionKey(string friendlyName, string xml)
    {
        using var db = store.CreateContext();
        db.Add(new ProtectionKeyRow { FriendlyName = friendlyName ?? "", Xml = xml });
        db.SaveChanges();
    }
}
