using Dossier.Core.Accounts;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Accounts;

public sealed class LastAdminTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_refuse_to_demote_or_delete_the_last_admin_and_allow_it_once_there_is_another()
    {
        using var folder = new TempFolder("dossier-last-admin");
        await using var archive = await ArchiveFactory.OpenAsync(folder.File("data"), Cancel);
        await using var services = AccountServices.BuildDeskProvider(archive);
        await using var scope = services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<IAccountDesk>();
        await desk.AddAsync("first-admin", ArchiveRoles.Admin, "first admin passphrase", "test", Cancel);

        var demote = await Assert.ThrowsAsync<AccountException>(() => desk.SetRoleAsync("first-admin", ArchiveRoles.Editor, "test", Cancel));
        await Assert.ThrowsAsync<AccountException>(() => desk.DeleteAsync("first-admin", "test", Cancel));
        await Assert.ThrowsAsync<AccountException>(() => desk.AddAsync("FIRST-ADMIN", ArchiveRoles.Reader, "another passphrase", "test", Cancel));

        Assert.Contains("last admin", demote.Message, StringComparison.Ordinal);
        await desk.AddAsync("second-admin", ArchiveRoles.Admin, "second admin passphrase", "test", Cancel);
        await desk.SetRoleAsync("first-admin", ArchiveRoles.Editor, "test", Cancel);
        Assert.Equal(ArchiveRoles.Editor, (await desk.FindAsync("first-admin", Cancel))!.Role);
    }
}
