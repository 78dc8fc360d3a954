using Dossier.Core.Collections;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class CollectionsModel(CollectionService collections) : PageModel
{
    public IReadOnlyList<(Collection Collection, int Count)> Shelf { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Shelf = await collections.ShelfAsync(cancellationToken).ConfigureAwait(false);
}
