namespace Dossier.Core.Records;

/// <summary>A person or body with a part in the document or in its edition.</summary>
public sealed class Contributor
{
    public string Name { get; set; } = "";

    public ContributorRole Role { get; set; }

    /// <summary>The authority record this contributor is, when known.</summary>
    public string? AuthorityId { get; set; }
}
