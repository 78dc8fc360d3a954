using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Storage.Accounts;
using Dossier.Storage.Audit;
using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Accounts;

/// <summary>What the account store and the audit log must do on every engine.</summary>
public abstract class AccountStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private AccountStore Accounts => new((ArchiveStore)Store);

    private AuditLog Audit => new((ArchiveStore)Store, Clock);

    private static Account NewAccount(string name) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        Role = "editor",
        PasswordHash = "hash",
        SecurityStamp = "s1",
        ConcurrencyStamp = "c1",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Should_keep_names_unique_and_refuse_a_save_based_on_an_older_read()
    {
        var account = NewAccount("Ada");
        Assert.True(await Accounts.CreateAsync(account, Cancel));
        Assert.False(await Accounts.CreateAsync(NewAccount("ada"), Cancel));

        var first = (await Accounts.FindByNormalizedNameAsync("ADA", Cancel))!;
        var second = (await Accounts.FindAsync(account.Id, Cancel))!;
        first.Role = "admin";
        first.ConcurrencyStamp = "c2";
        second.Role = "reader";
        second.ConcurrencyStamp = "c3";
        first.LockoutEnd = new DateTimeOffset(2026, 1, 1, 13, 0, 0, TimeSpan.FromHours(3));

        Assert.True(await Accounts.UpdateAsync(first, "c1", Cancel));
        Assert.False(await Accounts.UpdateAsync(second, "c1", Cancel));
        var stored = (await Accounts.FindAsync(account.Id, Cancel))!;
        Assert.Equal("admin", stored.Role);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), stored.LockoutEnd);
        Assert.Equal(["Ada"], (await Accounts.ListAsync(Cancel)).Select(a => a.Name));
    }

    [Fact]
    public async Task Should_find_tokens_by_hash_revoke_them_once_and_drop_them_with_their_account()
    {
        var account = NewAccount("Script");
        await Accounts.CreateAsync(account, Cancel);
        var secret = ApiTokenSecret.Generate();
        await Accounts.AddTokenAsync(new ApiToken { Id = "tok_1", AccountId = account.Id, Hash = ApiTokenSecret.Hash(secret), Label = "nightly", CreatedAt = Clock.GetUtcNow() }, Cancel);

        Assert.Equal("tok_1", (await Accounts.FindTokenByHashAsync(ApiTokenSecret.Hash(secret), Cancel))?.Id);
        Assert.True(await Accounts.RevokeTokenAsync("tok_1", Clock.GetUtcNow(), Cancel));
        Assert.False(await Accounts.RevokeTokenAsync("tok_1", Clock.GetUtcNow(), Cancel));
        Assert.NotNull((await Accounts.FindTokenAsync("tok_1", Cancel))?.RevokedAt);

        Assert.True(await Accounts.DeleteAsync(account.Id, Cancel));
        Assert.Empty(await Accounts.ListTokensAsync(null, Cancel));
    }

    [Fact]
    public async Task Should_append_audit_entries_in_order_and_read_them_newest_first_by_filter()
    {
        await Audit.RecordAsync(new AuditEntry { Action = AuditActions.SignIn, Actor = "ada" }, Cancel);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Audit.RecordAsync(new AuditEntry { Action = AuditActions.RecordPublished, Actor = "ada", Target = "r-1", Detail = "version 2" }, Cancel);
        await Audit.RecordAsync(new AuditEntry { Action = AuditActions.SignIn, Actor = "bob", Detail = new string('x', 5000) }, Cancel);

        var all = await Audit.ReadAsync(new AuditQuery(), Cancel);
        var ada = await Audit.ReadAsync(new AuditQuery { Actor = "ada" }, Cancel);
        var older = await Audit.ReadAsync(new AuditQuery { Before = all[0].Sequence, Limit = 1 }, Cancel);

        Assert.Equal(["bob", "ada", "ada"], all.Select(e => e.Actor));
        Assert.True(all[0].Sequence > all[1].Sequence && all[1].Sequence > all[2].Sequence);
        Assert.Equal([AuditActions.RecordPublished, AuditActions.SignIn], ada.Select(e => e.Action));
        Assert.Equal(Clock.GetUtcNow(), ada[0].At);
        Assert.Equal(2000, all[0].Detail!.Length);
        Assert.Equal("r-1", Assert.Single(older).Target);
    }

    [Fact]
    public async Task Should_keep_the_data_protection_key_ring_in_order()
    {
        Accounts.StoreProtectionKey("key-1", "<key id=\"1\" />");
        Accounts.StoreProtectionKey("key-2", "<key id=\"2\" />");

        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], Accounts.ReadProtectionKeys());
    }
}
