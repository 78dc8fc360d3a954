using Dossier.Core.Audit;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account;

/// <summary>Changes the signed-in account's password: other sessions of the account end, this one goes on.</summary>
[Authorize]
public sealed class PasswordModel(SignInManager<Core.Accounts.Account> signIn) : AccountPageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string Replacement { get; set; } = "";

    [BindProperty]
    public string Confirmation { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool MustChange { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await signIn.UserManager.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        MustChange = account.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.UserManager.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        MustChange = account.MustChangePassword;
        if (!string.Equals(Replacement, Confirmation, StringComparison.Ordinal))
        {
            Errors.Add("The new password and its confirmation differ.");
            return Page();
        }
        account.MustChangePassword = false;
        var result = await signIn.UserManager.ChangePasswordAsync(account, Current ?? "", Replacement ?? "");
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }
        await HttpContext.AuditAsync(AuditActions.PasswordChanged, account.Name);
        await signIn.RefreshSignInAsync(account);
        return LocalRedirect(LocalOrHome(ReturnUrl));
    }
}
