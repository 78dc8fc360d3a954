using Dossier.Core.Composition;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The archival tree: repository → fond → opis → delo → document.</summary>
public sealed class ArchivesModel(Archive archive, CatalogueService catalogue) : PageModel
{
    public IReadOnlyList<ArchiveTreeNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        Tree = ArchiveTreeNode.Build(snapshot.Public(archive.Time.GetUtcNow()));
    }
}
