using Dossier.Core.Authorities;

namespace Dossier.Web.Editing;

/// <summary>The body of PUT /api/people/{id}: the heading, description and the whole list of variants (a variant's source is the archive's, not the client's).</summary>
public sealed record AuthorityEditRequest(string? PreferredName, string? Description, IReadOnlyList<NameVariant>? Variants);
