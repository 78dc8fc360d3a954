namespace Dossier.Core.Storage;

/// <summary>One entry of the store's persistent change sequence: a record's write, or the authorities' (<see cref="RecordChangeKind.AuthoritiesChanged"/>).</summary>
public sealed record RecordChange(long Sequence, string RecordId, RecordChangeKind Kind)
{
    /// <summary>Whether the change is a record's (an upsert or deletion) rather than the authorities'.</summary>
    public bool IsRecord => Kind != RecordChangeKind.AuthoritiesChanged;
}
