using Dossier.Core.Authorities;

namespace Dossier.Storage.Authorities;

/// <summary>
/// A row of <c>authority_names</c>: the folded form (see <see cref="NameFolding"/>) of an authority's preferred name
/// or a variant. Folding happens in .NET, not SQL, so the lookup is the same on every database.
/// </summary>
public sealed class AuthorityNameRow
{
    public string AuthorityId { get; set; } = "";

    public string FoldedName { get; set; } = "";
}
