using Dossier.Core.Storage;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The archival tree: repository → fond → opis → delo → document.</summary>
public sealed class ArchivesModel(CatalogueService catalogue) : PageModel
{
    /// <summary>The tree lists at most this many documents (the earliest); its counts cover every one.</summary>
    public const int MaxListed = 2000;

    public IReadOnlyList<ArchiveTreeNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var listed = await catalogue.ListAsync(new CatalogueFilter { Shelved = true }, 0, MaxListed, cancellationToken).ConfigureAwait(false);
        Tree = ArchiveTreeNode.Build(snapshot.Counts.Shelves, listed);
    }
}
