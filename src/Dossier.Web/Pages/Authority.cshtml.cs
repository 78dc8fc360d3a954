using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Web.Catalogue;
using Dossier.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>One person or place with every spelling of the name and the public documents citing them.</summary>
public sealed class AuthorityModel(Archive archive, DocumentService documents) : PageModel
{
    public Authority Authority { get; private set; } = new();

    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var kind = Request.Path.StartsWithSegments("/places", StringComparison.OrdinalIgnoreCase) ? AuthorityKind.Place : AuthorityKind.Person;
        var authority = await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (authority is null || authority.Kind != kind)
        {
            return NotFound();
        }
        Authority = authority;
        var ids = await archive.Store.Authorities.RecordIdsCitingAsync(id, cancellationToken).ConfigureAwait(false);
        var records = await documents.PublicAsync(ids.ToList(), cancellationToken).ConfigureAwait(false);
        Documents = records.Select(CatalogueEntry.From).OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ToList();
        return Page();
    }
}
