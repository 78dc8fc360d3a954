using Dossier.Core.Authorities;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Authorities;

/// <summary>An authority as the public sees it, with the public records citing it, in id order.</summary>
public sealed record PublicAuthority(Authority Authority, IReadOnlyList<CatalogueEntry> Documents);
