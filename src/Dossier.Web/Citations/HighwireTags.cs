using System.Globalization;
using Dossier.Core.Citations;
using Dossier.Core.Records;

namespace Dossier.Web.Citations;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags, the metadata Zotero's connector (and Google Scholar) read from a page:
/// title, authors, date, the archive as publisher, the edition's volume, and the PDF-less abstract page URL.
/// </summary>
public static class HighwireTags
{
    public static IReadOnlyList<(string Name, string Content)> Of(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var tags = new List<(string, string)> { ("citation_title", work.Title) };
        foreach (var author in work.Authors)
        {
            tags.Add(("citation_author", author.Inverted));
        }
        if (work.Date is { } date)
        {
            tags.Add(("citation_date", date.Precision switch
            {
                DatePrecision.Day => date.Start.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture),
                DatePrecision.Month => date.Start.ToString("yyyy'/'MM", CultureInfo.InvariantCulture),
                _ => date.Start.Year.ToString(CultureInfo.InvariantCulture),
            }));
        }
        if (work.Edition is { } edition)
        {
            tags.Add(("citation_inbook_title", edition.Title));
            foreach (var editor in edition.Editors)
            {
                tags.Add(("citation_editor", editor.Inverted));
            }
        }
        else if (work.Reference?.Repository is { Length: > 0 } repository)
        {
            tags.Add(("citation_archive", repository));
        }
        if (work.ReferenceText is { Length: > 0 } reference)
        {
            tags.Add(("citation_archive_location", reference));
        }
        tags.Add(("citation_publisher", work.SiteName));
        if (work.Language is { Length: > 0 } language)
        {
            tags.Add(("citation_language", language));
        }
        if (work.Url is { Length: > 0 } url)
        {
            tags.Add(("citation_abstract_html_url", url));
        }
        return tags;
    }
}
