using Dossier.Core.Authorities;
using Dossier.Web.Authorities;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>People (/people) or places (/places): authority records, found by any name variant.</summary>
public sealed class AuthoritiesModel(AuthorityDirectory directory) : PageModel
{
    private const int Shown = 500;

    public IReadOnlyList<Authority> Authorities { get; private set; } = [];

    public string? Query { get; private set; }

    public AuthorityKind Kind { get; private set; }

    public string BasePath => Kind == AuthorityKind.Place ? "/places" : "/people";

    public string Heading => Kind == AuthorityKind.Place ? "Places" : "People";

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Kind = Request.Path.StartsWithSegments("/places", StringComparison.OrdinalIgnoreCase) ? AuthorityKind.Place : AuthorityKind.Person;
        Query = q is { Length: > 200 } ? q[..200] : q;
        Authorities = await directory
            .ListAsync(Kind, string.IsNullOrWhiteSpace(Query) ? null : Query.Trim(), Shown, cancellationToken)
            .ConfigureAwait(false);
    }
}
