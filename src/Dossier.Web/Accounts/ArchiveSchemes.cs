using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Accounts;

/// <summary>
/// The authentication schemes: a browser session cookie (ASP.NET Core Identity's application cookie) and API bearer
/// tokens (RFC 6750). <see cref="Default"/> picks one per request, so every policy accepts either.
/// </summary>
public static class ArchiveSchemes
{
    /// <summary>Forwards to <see cref="Bearer"/> when the request carries a bearer token, else to <see cref="Cookie"/>.</summary>
    public const string Default = "dossier";

    public static readonly string Cookie = IdentityConstants.ApplicationScheme;

    public const string Bearer = "Bearer";

    /// <summary>The claim naming the API token a request was authenticated with.</summary>
    public const string TokenClaim = "dossier:token";

    internal static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(Bearer + " ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie;

    /// <summary>True for requests a program makes (the JSON API, or any request with credentials in a header): they get 401/403, never a redirect.</summary>
    internal static bool IsProgram(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Headers.ContainsKey(HeaderNames.Authorization);
}
