using Dossier.Core.Accounts;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account.Admin;

/// <summary>Admins add accounts, change roles, hand out one-time passwords and delete accounts; each change is audited.</summary>
[Authorize(Policy = ArchivePolicies.Administer)]
public sealed class IndexModel(IAccountDesk desk, TimeProvider time) : AccountPageModel
{
    public IReadOnlyList<Core.Accounts.Account> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => Accounts = await desk.ListAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostAddAsync(string name, string role, string? password) =>
        RunAsync(async actor =>
        {
            var added = await desk.AddAsync(name, role, string.IsNullOrEmpty(password) ? null : password, actor, HttpContext.RequestAborted);
            return added.OneTimePassword is { } oneTime
                ? $"Added {added.Account.Name} ({added.Account.Role}). One-time password, shown only now: {oneTime}"
                : $"Added {added.Account.Name} ({added.Account.Role}).";
        });

    public Task<IActionResult> OnPostRoleAsync(string name, string role) =>
        RunAsync(async actor =>
        {
            var account = await desk.SetRoleAsync(name, role, actor, HttpContext.RequestAborted);
            return $"{account.Name} is now {account.Role}.";
        });

    public Task<IActionResult> OnPostResetAsync(string name) =>
        RunAsync(async actor =>
        {
            var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
            await desk.SetPasswordAsync(name, password, mustChange: true, actor, HttpContext.RequestAborted);
            return $"One-time password for {name}, shown only now: {password}";
        });

    public Task<IActionResult> OnPostDeleteAsync(string name) =>
        RunAsync(async actor =>
        {
            await desk.DeleteAsync(name, actor, HttpContext.RequestAborted);
            return $"Deleted {name}.";
        });

    public string State(Core.Accounts.Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.LockoutEnd > time.GetUtcNow() ? "locked until " + account.LockoutEnd.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture)
            : account.MustChangePassword ? "one-time password"
            : "active";
    }

    private async Task<IActionResult> RunAsync(Func<string, Task<string>> change)
    {
        try
        {
            Message = await change(User.Identity?.Name ?? "");
        }
        catch (AccountException e)
        {
            Error = e.Message;
        }
        Accounts = await desk.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
