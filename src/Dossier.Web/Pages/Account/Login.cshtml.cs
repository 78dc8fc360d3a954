using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account;

/// <summary>
/// Sign-in with name and password; five failures in a row lock the account for 15 minutes, and too many failures from
/// one address (or everywhere) stop all checking for a while (<see cref="SignInGuard"/>). An unknown name takes as
/// long to refuse as a wrong password. Every attempt is audited.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<Core.Accounts.Account> signIn, SignInGuard guard) : AccountPageModel
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
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (guard.IsThrottled(address, out var retryAfter))
        {
            await HttpContext.AuditAsync(AuditActions.SignInFailed, AccountName(name), "refused unchecked: too many failed sign-ins from this address or overall");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = SignInGuard.Seconds(retryAfter);
            Error = "Too many failed sign-ins: wait a few minutes, then try again.";
            Password = "";
            return Page();
        }
        var account = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (account is null || string.IsNullOrEmpty(Password))
        {
            // An unknown name is refused after the same work as a wrong password, so timing does not tell names apart.
            guard.CheckAgainstDecoy(Password);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true);
        }
        if (result.Succeeded)
        {
            await HttpContext.AuditAsync(AuditActions.SignIn, account?.Name, actor: account?.Name);
            return account?.MustChangePassword == true
                ? LocalRedirect("/account/password?returnUrl=" + Uri.EscapeDataString(LocalOrHome(ReturnUrl)))
                : LocalRedirect(LocalOrHome(ReturnUrl));
        }
        guard.Failed(address);
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
