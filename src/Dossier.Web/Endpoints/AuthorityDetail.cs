using Dossier.Core.Authorities;

namespace Dossier.Web.Endpoints;

/// <summary>An authority record with every name variant, and the public documents citing it.</summary>
public sealed record AuthorityDetail(Authority Authority, Page<DocumentSummary> Documents);
