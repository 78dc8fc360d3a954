using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The page shown for error statuses (re-executed by the status code pages middleware).</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        // Never kept by the output cache: a direct GET /status/404 answers 200, and once cached that 200 would be
        // served for every later re-executed 404 (a missing document would answer 200).
        if (HttpContext.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
        (Heading, Message) = code switch
        {
            404 => ("Not found", "There is no public document or page at this address."),
            400 => ("Bad request", "The address has a parameter this page cannot read."),
            403 => ("Not allowed", "Your account's role may not open this page. Sign in with another account, or ask an admin."),
            _ => ("Something went wrong", "The archive could not answer this request."),
        };
    }
}
