namespace Dossier.Storage.Records;

/// <summary>A row of <c>record_collections</c>: a record's membership of a collection, derived from its document on every write.</summary>
public sealed class RecordCollectionRow
{
    public string RecordId { get; set; } = "";

    public int Position { get; set; }

    public string CollectionId { get; set; } = "";

    public string? Number { get; set; }

    /// <summary>The collection's title as the record gives it.</summary>
    public string? Title { get; set; }
}
