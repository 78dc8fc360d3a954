using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Web.Authorities;
using Dossier.Web.Catalogue;
using Dossier.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>
/// One person or place with every spelling of the name and the public documents citing them, by date, a page of
/// <see cref="PageSize"/> at a time.
/// </summary>
public sealed class AuthorityModel(AuthorityDirectory directory, Editing.MergeRedirects merges) : PageModel
{
    public const int PageSize = 100;

    public Authority Authority { get; private set; } = new();

    /// <summary>The page's documents, by date (undated last).</summary>
    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    /// <summary>How many public documents cite the authority.</summary>
    public int DocumentCount { get; private set; }

    public ResultPages Pages { get; private set; } = new(1, 1, _ => "");

    public IReadOnlyList<CoOccurrence> People { get; private set; } = [];

    public IReadOnlyList<CoOccurrence> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        var kind = Request.Path.StartsWithSegments("/places", StringComparison.OrdinalIgnoreCase) ? AuthorityKind.Place : AuthorityKind.Person;
        if (await directory.FindAsync(kind, id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            // A merged authority's address names its survivor for good — when the survivor is public itself.
            return await merges.SurvivorAsync(id, cancellationToken).ConfigureAwait(false) is { } survivor
                && await directory.FindAsync(kind, survivor, cancellationToken).ConfigureAwait(false) is not null
                ? RedirectPermanent((kind == AuthorityKind.Place ? "/places/" : "/people/") + Uri.EscapeDataString(survivor))
                : NotFound();
        }
        Authority = found.Authority;
        DocumentCount = found.DocumentCount;
        var pageCount = Math.Max(1, (DocumentCount + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        Documents = await directory.DocumentsAsync(found, byDate: true, (current - 1) * PageSize, PageSize, cancellationToken).ConfigureAwait(false);
        var href = (Request.PathBase + Request.Path).ToUriComponent();
        Pages = new ResultPages(current, pageCount, p => p == 1 ? href : href + "?page=" + p.ToString(CultureInfo.InvariantCulture));
        var together = await directory.CoOccurringAsync(found, 15, cancellationToken).ConfigureAwait(false);
        People = together.Where(c => c.Authority.Kind == AuthorityKind.Person).ToList();
        Places = together.Where(c => c.Authority.Kind == AuthorityKind.Place).ToList();
        return Page();
    }
}
