using System.Text;
using Dossier.Core.Records;

namespace Dossier.Core.Citations;

/// <summary>
/// An archival reference printed from its parts, in the order archives cite: repository, levels, pages or sheets,
/// then the series and the microfilm reel ("RGANI, f. 5, op. 28, d. 347. Series, microfilm, reel 83";
/// "BArch, B 136/59748, 376-385"; "…, File A’0392 (Microfilm)").
/// </summary>
public static class ReferenceFormatter
{
    public static string? Format(ArchivalReference? reference)
    {
        if (reference is null)
        {
            return null;
        }
        if (reference.Levels.Count == 0 && reference.Sheets is null && reference.Reel is null)
        {
            // Nothing parsed into levels (a FRUS source note, a reference in prose): the printed form is the reference.
            return Blank(reference.Text) ?? Join(reference.Repository, reference.Series);
        }
        var text = new StringBuilder(reference.Repository ?? reference.RepositoryRecord?.Abbreviation ?? reference.RepositoryRecord?.Name ?? "");
        foreach (var level in reference.Levels)
        {
            text.Append(text.Length == 0 ? "" : level.Joiner ?? ", ").Append(level.ToString());
        }
        if (reference.Sheets is { Length: > 0 } sheets)
        {
            text.Append(", ").Append(reference.SheetsLabel is { Length: > 0 } label ? label + " " : "").Append(sheets);
        }
        if (reference.Series is { Length: > 0 } series)
        {
            text.Append(". ").Append(series);
        }
        if (reference.Reel is { Length: > 0 } reel)
        {
            text.Append(reference.Microfilm ? ", microfilm" : "").Append(", reel ").Append(reel);
        }
        else if (reference.Microfilm)
        {
            text.Append(" (Microfilm)");
        }
        return text.ToString();
    }

    /// <summary>The levels and pages alone, without repository or series: CSL's archive_location ("f. 5, op. 28, d. 347").</summary>
    public static string? Location(ArchivalReference? reference)
    {
        if (reference is null || reference.Levels.Count == 0 && reference.Sheets is null)
        {
            return null;
        }
        var text = new StringBuilder();
        foreach (var level in reference.Levels)
        {
            text.Append(text.Length == 0 ? "" : level.Joiner ?? ", ").Append(level.ToString());
        }
        if (reference.Sheets is { Length: > 0 } sheets)
        {
            text.Append(text.Length == 0 ? "" : ", ").Append(reference.SheetsLabel is { Length: > 0 } label ? label + " " : "").Append(sheets);
        }
        return text.ToString();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Join(string? repository, string? series) =>
        Blank(repository) is { } r ? (Blank(series) is { } s ? r + ", " + s : r) : Blank(series);
}
