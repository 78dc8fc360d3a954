namespace Dossier.Core.Storage;

/// <summary>One entry of the store's persistent change sequence.</summary>
public sealed record RecordChange(long Sequence, string RecordId, RecordChangeKind Kind);
