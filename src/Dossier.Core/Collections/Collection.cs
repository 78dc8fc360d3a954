namespace Dossier.Core.Collections;

/// <summary>A collection of records: a documentary edition's volume, a source archive's collection.</summary>
public sealed class Collection
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string? Url { get; set; }
}
