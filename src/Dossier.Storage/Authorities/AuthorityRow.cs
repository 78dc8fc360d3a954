using Dossier.Core.Authorities;

namespace Dossier.Storage.Authorities;

/// <summary>A row of <c>authorities</c>; <see cref="Document"/> is the whole authority as JSON, the rest copies of it.</summary>
public sealed class AuthorityRow
{
    public string Id { get; set; } = "";

    public AuthorityKind Kind { get; set; }

    public string PreferredName { get; set; } = "";

    public string Document { get; set; } = "";
}
