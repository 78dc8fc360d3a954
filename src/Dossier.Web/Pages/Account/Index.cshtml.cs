using System.Security.Claims;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Dossier.Web.Pages.Account;

/// <summary>The signed-in account: its role and what it may reach.</summary>
[Authorize]
public sealed class IndexModel : AccountPageModel
{
    public string? Role => User.FindFirstValue(ClaimTypes.Role);

    public bool IsAdmin => User.IsInRole(ArchiveRoles.Admin);

    public void OnGet()
    {
    }
}
