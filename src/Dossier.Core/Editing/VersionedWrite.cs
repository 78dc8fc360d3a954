namespace Dossier.Core.Editing;

/// <summary>
/// What a versioned write did. <see cref="Outcome"/> says whether it was written; <see cref="Current"/> is then the new
/// version, or on a conflict the stored version that stood in the way.
/// </summary>
public sealed record VersionedWrite(EditOutcome Outcome, RecordVersion? Current);
