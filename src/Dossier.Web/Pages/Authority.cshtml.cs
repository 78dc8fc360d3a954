using Dossier.Core.Authorities;
using Dossier.Web.Authorities;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>One person or place with every spelling of the name and the public documents citing them.</summary>
public sealed class AuthorityModel(AuthorityDirectory directory, Editing.MergeRedirects merges) : PageModel
{
    public Authority Authority { get; private set; } = new();

    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    public IReadOnlyList<CoOccurrence> People { get; private set; } = [];

    public IReadOnlyList<CoOccurrence> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
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
        Documents = found.Documents.OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ToList();
        var together = await directory.CoOccurringAsync(found, 15, cancellationToken).ConfigureAwait(false);
        People = together.Where(c => c.Authority.Kind == AuthorityKind.Person).ToList();
        Places = together.Where(c => c.Authority.Kind == AuthorityKind.Place).ToList();
        return Page();
    }
}
