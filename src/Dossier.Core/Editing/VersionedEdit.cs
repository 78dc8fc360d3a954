using Dossier.Core.Records;

namespace Dossier.Core.Editing;

/// <summary>
/// One write of a record as a new version. <paramref name="ExpectedVersion"/>, when given, must still be the record's
/// current version (optimistic concurrency); <paramref name="MustBeNew"/> refuses to replace a stored record.
/// </summary>
public sealed record VersionedEdit(ArchiveRecord Record, int? ExpectedVersion, string Author, EditAction Action, bool MustBeNew = false);
