using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace.Authorities;

/// <summary>The editors' list of authorities of one kind, public or not, found by any spelling of the name.</summary>
[Authorize(Policy = ArchivePolicies.Edit)]
public sealed class AuthorityListModel(Archive archive) : PageModel
{
    public const int Limit = 200;

    [BindProperty(SupportsGet = true)]
    public AuthorityKind Kind { get; set; } = AuthorityKind.Person;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Authority> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 200)];
        Found = await archive.Store.Authorities.SearchAsync(Kind, query, Limit, cancellationToken);
    }
}
