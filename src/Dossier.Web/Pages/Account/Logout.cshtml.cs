using Dossier.Core.Audit;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account;

/// <summary>Sign-out is a POST with an anti-forgery token, so no link or image on another site can end a session.</summary>
[AllowAnonymous]
public sealed class LogoutModel : AccountPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await HttpContext.AuditAsync(AuditActions.SignOut, User.Identity.Name);
        }
        await HttpContext.SignOutAsync(ArchiveSchemes.Cookie);
        return LocalRedirect("/");
    }
}
