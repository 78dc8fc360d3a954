using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Search.Indexing;

/// <summary>
/// Where a record stands, as a hit carries it (<see cref="Core.Search.SearchHit.Collection"/>,
/// <see cref="Core.Search.SearchHit.Reference"/>): its first collection and its archival reference, stored as JSON in
/// <see cref="IndexFields.StoredShelf"/>.
/// </summary>
internal sealed class StoredShelf
{
    public CollectionMembership? Collection { get; set; }

    public ArchivalReference? Reference { get; set; }

    /// <summary>The stored JSON of <paramref name="record"/>'s shelf; null when it has neither a collection nor a reference.</summary>
    public static string? Of(ArchiveRecord record) =>
        record.Collections.Count == 0 && record.ArchivalReference is null
            ? null
            : JsonSerializer.Serialize(new StoredShelf { Collection = record.Collections.FirstOrDefault(), Reference = record.ArchivalReference }, RecordJson.Options);

    public static StoredShelf Read(string? json) =>
        json is null ? new StoredShelf() : JsonSerializer.Deserialize<StoredShelf>(json, RecordJson.Options) ?? new StoredShelf();
}
