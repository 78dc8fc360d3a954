using Dossier.Core.Authorities;

namespace Dossier.Core.Editing;

/// <summary>What an editor sets on an authority: its heading, description and every variant (the list replaces the stored one).</summary>
public sealed record AuthorityEdit(string Id, string PreferredName, string? Description, IReadOnlyList<NameVariant> Variants);
