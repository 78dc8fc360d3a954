using Dossier.Core.Records;

namespace Dossier.Core.Harvesting;

/// <summary>
/// A record's harvesting state without its document: when it last changed, whether it is published, its
/// embargo, and its collections. <see cref="Status"/> is null for a record deleted from the store, whose
/// <see cref="ChangedAt"/> is the time of the deletion.
/// </summary>
public sealed record RecordDatestamp(
    string Id, DateTimeOffset ChangedAt, RecordStatus? Status, DateTimeOffset? EmbargoUntil, IReadOnlyList<string> CollectionIds)
{
    public bool IsDeletedFromStore => Status is null;
}
