using System.Security.Claims;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Accounts;

/// <summary>
/// The browser session: an HttpOnly cookie, SameSite=Lax (a cross-site POST never carries it), Secure whenever
/// the request came over HTTPS, sliding over 8 hours. Each request re-reads the account, so a password change,
/// deletion or lockout ends the session at once and the role is always the account's current one.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "dossier.session";

    public const string LoginPath = "/account/login";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = LoginPath;
        options.LogoutPath = "/account/logout";
        options.ReturnUrlParameter = "returnUrl";
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = ValidateAsync,
            OnRedirectToLogin = context =>
            {
                if (ArchiveSchemes.IsProgram(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer realm=\"dossier\"";
                    return Task.CompletedTask;
                }
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            },
            OnRedirectToAccessDenied = context =>
            {
                // A signed-in person whose role may not: 403, shown by the status page (never a redirect that hides the status).
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            },
        };
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;
        var id = context.Principal?.FindFirstValue(options.ClaimsIdentity.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        var account = id is null ? null : await services.GetRequiredService<IAccountStore>().FindAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (account is null || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal) || account.LockoutEnd > now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
            return;
        }
        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<Account>>();
        context.ReplacePrincipal(await factory.CreateAsync(account).ConfigureAwait(false));
    }
}
