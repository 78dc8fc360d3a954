using System.Globalization;
using Dossier.Core.Records;

namespace Dossier.Core.Editing;

/// <summary>
/// One saved state of a record: who wrote it, when, by which action, and the whole record as its JSON document.
/// Versions are numbered from 1 per record and never change once written.
/// </summary>
public sealed record RecordVersion(string RecordId, int Number, string Author, DateTimeOffset At, EditAction Action, RecordStatus Status, string Document)
{
    /// <summary>The strong entity tag (RFC 9110 §8.8.3) of this version, as If-Match names it.</summary>
    public string ETag => VersionTag.Format(Number);

    public ArchiveRecord ToRecord() =>
        RecordJson.Deserialize(Document) ?? throw new InvalidOperationException("version " + Number.ToString(CultureInfo.InvariantCulture) + " of " + RecordId + " holds no record");
}
