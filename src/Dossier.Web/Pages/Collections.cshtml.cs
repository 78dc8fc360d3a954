using Dossier.Core.Collections;
using Dossier.Core.Composition;
using Dossier.Web.Catalogue;
using Dossier.Web.Endpoints;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class CollectionsModel(Archive archive, CatalogueService catalogue) : PageModel
{
    public IReadOnlyList<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)> Shelf { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Shelf = await CollectionsApi.ShelfAsync(archive, catalogue, cancellationToken).ConfigureAwait(false);
}
