using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// The levels of an edition's source note ("Department of State, Presidential Correspondence: Lot 66 D 204",
/// "National Archives, RG 59, Central Files"), so the archival tree can place the document; the note stays as printed.
/// </summary>
internal static class SourceNoteLevels
{
    public static ArchivalReference Read(ArchivalReference reference)
    {
        if (string.IsNullOrWhiteSpace(reference.Repository) || string.IsNullOrWhiteSpace(reference.Series))
        {
            return reference;
        }
        var parsed = ReferenceParser.Parse(reference.Repository + ", " + reference.Series.Replace(": ", ", ", StringComparison.Ordinal));
        reference.Levels = parsed.Levels;
        reference.RepositoryRecord = parsed.RepositoryRecord;
        return reference;
    }
}
