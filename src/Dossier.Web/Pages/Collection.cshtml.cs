using Dossier.Core.Collections;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class CollectionModel(CollectionService collections) : PageModel
{
    public Collection Collection { get; private set; } = new();

    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await collections.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return NotFound();
        }
        (Collection, Documents) = found;
        return Page();
    }
}
