using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Accounts;

/// <summary>The account pages: never stored by any cache (they hold forms with per-visitor anti-forgery tokens, and personal details).</summary>
public abstract class AccountPageModel : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
    }

    /// <summary><paramref name="returnUrl"/> when it stays on this site, else the home page: never an open redirect.</summary>
    protected string LocalOrHome(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
