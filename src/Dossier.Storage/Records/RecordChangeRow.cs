using Dossier.Core.Storage;

namespace Dossier.Storage.Records;

/// <summary>
/// A row of <c>record_changes</c>, the persistent change sequence. Written in the same transaction as the record
/// write it describes, so a derived index that replays it after its last seen sequence never misses a write.
/// </summary>
public sealed class RecordChangeRow
{
    public long Sequence { get; set; }

    public string RecordId { get; set; } = "";

    public RecordChangeKind Kind { get; set; }

    public DateTimeOffset At { get; set; }
}
