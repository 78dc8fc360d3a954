using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account;

/// <summary>Sign-in with name and password; five failures in a row lock the account for 15 minutes. Every attempt is audited.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<Core.Accounts.Account> signIn) : AccountPageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = (Name ?? "").Trim();
        var result = name.Length == 0 || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(name, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var account = await signIn.UserManager.FindByNameAsync(name);
            await HttpContext.AuditAsync(AuditActions.SignIn, account?.Name, actor: account?.Name);
            return account?.MustChangePassword == true
                ? LocalRedirect("/account/password?returnUrl=" + Uri.EscapeDataString(LocalOrHome(ReturnUrl)))
                : LocalRedirect(LocalOrHome(ReturnUrl));
        }
        await HttpContext.AuditAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, AccountName(name));
        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. Try again later or ask an admin."
            : "That name and password do not match an account.";
        Password = "";
        return Page();
    }

    // What was typed as a name is kept only as long as a name can be, so a password typed there by mistake is not logged whole.
    private static string AccountName(string typed) => typed.Length <= 64 ? typed : typed[..64];
}
