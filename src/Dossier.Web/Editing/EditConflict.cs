using Dossier.Core.Editing;
using Dossier.Core.Records;

namespace Dossier.Web.Editing;

/// <summary>
/// The answer to a stale write (412): the version that is current now, and the writer's own, with the fields where
/// they differ, so nothing is overwritten silently and nothing the second writer typed is lost.
/// </summary>
public sealed record EditConflict(string Title, string Detail, VersionSummary Current, ArchiveRecord CurrentRecord, ArchiveRecord? Submitted, IReadOnlyList<FieldChange> Changes)
{
    public static EditConflict From(RecordVersion current, int? expected, ArchiveRecord? submitted)
    {
        ArgumentNullException.ThrowIfNull(current);
        var stored = current.ToRecord();
        var started = expected is { } n ? "version " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "an earlier version";
        return new EditConflict(
            "The record changed since you opened it",
            $"You edited {started}; version {current.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} was saved by {(current.Author.Length == 0 ? "an import" : current.Author)} at {current.At:u}. Nothing of yours was written.",
            VersionSummary.From(current), stored, submitted, submitted is null ? [] : RecordDiff.Compare(stored, submitted));
    }
}
