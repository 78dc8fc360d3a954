namespace Dossier.Core.Records;

/// <summary>A person, organisation or place a document names, as written, and the authority record it is, when known.</summary>
public sealed class EntityLink
{
    /// <summary>The name as the document writes it.</summary>
    public string Name { get; set; } = "";

    public string? AuthorityId { get; set; }

    /// <summary>The source's own key for the entity (e.g. the TEI xml:id "p_KNS1").</summary>
    public string? SourceKey { get; set; }
}
