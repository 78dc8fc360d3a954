using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// The levels of an edition's source note ("Department of State, Presidential Correspondence: Lot 66 D 204",
/// "National Archives, RG 59, Central Files"), so the archival tree can place the document; the note stays as printed.
/// </summary>
internal static class SourceNoteLevels
{
    /// <summary>
    /// The Department of State's central file, the series most FRUS documents come from: what follows its name is the
    /// file, by decimal number ("611.61/6–1656") or subject code ("POL 27 CYP"). Read as part of the series' name, every
    /// file made a series of its own: on the 100 FRUS volumes the Department of State had 9,933 series, now 371, the Central
    /// Files holding 12,642 documents in 9,562 files.
    /// </summary>
    private const string CentralFiles = "Central Files";

    public static ArchivalReference Read(ArchivalReference reference)
    {
        if (string.IsNullOrWhiteSpace(reference.Repository) || string.IsNullOrWhiteSpace(reference.Series))
        {
            return reference;
        }
        var parsed = ReferenceParser.Parse(reference.Repository + ", " + reference.Series.Replace(": ", ", ", StringComparison.Ordinal));
        reference.Levels = [.. parsed.Levels.SelectMany(FilesOfTheCentralFiles)];
        reference.RepositoryRecord = parsed.RepositoryRecord;
        return reference;
    }

    /// <summary>"Central Files, 611.61/6–1656" as the series "Central Files" and the file "611.61/6–1656"; any other level as it is.</summary>
    private static IEnumerable<ReferenceLevel> FilesOfTheCentralFiles(ReferenceLevel level)
    {
        const string Prefix = CentralFiles + ", ";
        if (level is not { Kind: ReferenceLevelKind.Series, Name: "series", Label.Length: 0 }
            || !level.Value.StartsWith(Prefix, StringComparison.Ordinal) || level.Value.Length == Prefix.Length)
        {
            yield return level;
            yield break;
        }
        yield return new ReferenceLevel { Kind = level.Kind, Name = level.Name, Label = level.Label, Value = CentralFiles, Joiner = level.Joiner };
        yield return new ReferenceLevel { Kind = ReferenceLevelKind.File, Name = "file", Label = "", Value = level.Value[Prefix.Length..].Trim(), Joiner = ", " };
    }
}
