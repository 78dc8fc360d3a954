namespace Dossier.Core.Records;

/// <summary>A record's place in a collection (a FRUS volume, a Wilson Center collection).</summary>
public sealed class CollectionMembership
{
    public string CollectionId { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The document's number within the collection ("1", "12"), when it has one.</summary>
    public string? Number { get; set; }
}
