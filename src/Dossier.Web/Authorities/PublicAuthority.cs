using Dossier.Core.Authorities;

namespace Dossier.Web.Authorities;

/// <summary>
/// An authority as the public sees it, and how many public records cite it (a page of them is listed by
/// <see cref="AuthorityDirectory.DocumentsAsync"/>).
/// </summary>
public sealed record PublicAuthority(Authority Authority, int DocumentCount);
