using Dossier.Core.Collections;
using Dossier.Core.Composition;
using Dossier.Web.Catalogue;
using Dossier.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class CollectionModel(Archive archive, CatalogueService catalogue) : PageModel
{
    public Collection Collection { get; private set; } = new();

    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var shelf = await CollectionsApi.ShelfAsync(archive, catalogue, cancellationToken).ConfigureAwait(false);
        var found = shelf.FirstOrDefault(s => string.Equals(s.Collection.Id, id, StringComparison.Ordinal));
        if (found.Collection is null)
        {
            return NotFound();
        }
        (Collection, Documents) = found;
        return Page();
    }
}
