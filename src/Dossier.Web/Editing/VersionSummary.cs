using Dossier.Core.Editing;
using Dossier.Core.Records;

namespace Dossier.Web.Editing;

/// <summary>A version as the API lists it, without its record.</summary>
public sealed record VersionSummary(string Id, int Version, string Author, DateTimeOffset At, EditAction Action, RecordStatus Status, string Etag)
{
    public static VersionSummary From(RecordVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.RecordId, version.Number, version.Author, version.At, version.Action, version.Status, version.ETag);
    }
}
