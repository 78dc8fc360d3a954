using System.Globalization;
using System.Text;

namespace Dossier.Core.Citations;

/// <summary>
/// RIS (Research Information Systems tagged format): "TY  - MANSCPT" for an archival document, "CHAP" for a document
/// of an edition; AU authors, A4 translators, A2 editors, PB the repository, AV the archival location, DB the site, UR the URL.
/// </summary>
public static class RisCitation
{
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var text = new StringBuilder();
        Tag(text, "TY", work.Edition is null ? "MANSCPT" : "CHAP");
        Tag(text, "ID", work.Id);
        Tag(text, "TI", work.Title);
        foreach (var author in work.Authors)
        {
            Tag(text, "AU", author.Inverted);
        }
        foreach (var translator in work.Translators)
        {
            Tag(text, "A4", translator.Inverted);
        }
        if (work.Date is { } date)
        {
            Tag(text, "PY", CitationDates.Year(date.Start));
            Tag(text, "DA", date.Precision switch
            {
                Records.DatePrecision.Day => date.Start.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture),
                Records.DatePrecision.Month => date.Start.ToString("yyyy'/'MM'//'", CultureInfo.InvariantCulture),
                _ => CitationDates.Year(date.Start) + "///",
            });
        }
        if (work.Edition is { } edition)
        {
            Tag(text, "T2", edition.Title);
            foreach (var editor in edition.Editors)
            {
                Tag(text, "A2", editor.Inverted);
            }
            Tag(text, "SE", edition.Number);
            Tag(text, "PB", edition.Publisher);
        }
        else if (work.Reference is { } reference)
        {
            // For a manuscript, RIS's PB is the library or archive holding it.
            Tag(text, "PB", reference.Repository ?? reference.RepositoryRecord?.Name);
            Tag(text, "AV", ReferenceFormatter.Location(reference));
        }
        Tag(text, "N1", work.ReferenceText);
        Tag(text, "DB", work.SiteName);
        Tag(text, "UR", work.Url);
        Tag(text, "Y2", work.Accessed?.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        Tag(text, "LA", work.Language);
        Tag(text, "AB", work.Summary);
        text.Append("ER  - \n");
        return text.ToString();
    }

    // A tag's value is one line: line breaks inside a value would start a new tag.
    private static void Tag(StringBuilder text, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ").Trim()).Append('\n');
    }
}
