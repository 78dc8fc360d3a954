using System.Text;

namespace Dossier.Core.Citations;

/// <summary>
/// Chicago notes-bibliography, the full note. An archival document is cited as the source archive cites it
/// ("Title", date, archive, reference. Credits.), so an installation named like the source reproduces the source's
/// own citation; a document of a published edition is cited as a part of its volume (Chicago 14.111).
/// </summary>
public static class ChicagoCitation
{
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Edition is { } edition ? Edition(work, edition) : Archival(work);
    }

    private static string Archival(CitedWork work)
    {
        var text = new StringBuilder();
        text.Append('"').Append(work.Title).Append('"');
        if (work.Date is { } date)
        {
            text.Append(", ").Append(CitationDates.Long(date));
        }
        text.Append(", ").Append(work.SiteName);
        if (work.ReferenceText is { Length: > 0 } reference)
        {
            text.Append(", ").Append(reference);
        }
        text.Append('.');
        if (CreditFormatter.Format(work.Credits) is { } credits)
        {
            text.Append(' ').Append(credits).Append('.');
        }
        return Close(text, work);
    }

    private static string Edition(CitedWork work, CitedEdition edition)
    {
        var text = new StringBuilder();
        text.Append('\u201C').Append(work.Title).Append(",\u201D");
        if (work.Date is { } date)
        {
            text.Append(' ').Append(CitationDates.Long(date)).Append(',');
        }
        if (edition.Number is { Length: > 0 } number)
        {
            text.Append(" document ").Append(number).Append(',');
        }
        text.Append(" in ").Append(edition.Title);
        if (edition.Editors.Count > 0)
        {
            text.Append(", ed. ").Append(CreditFormatter.Series(edition.Editors.Select(e => e.Natural).ToList()));
        }
        text.Append(", ").Append(work.SiteName).Append('.');
        if (work.ReferenceText is { Length: > 0 } reference)
        {
            text.Append(" Source: ").Append(reference.TrimEnd('.')).Append('.');
        }
        return Close(text, work);
    }

    private static string Close(StringBuilder text, CitedWork work)
    {
        if (work.Accessed is { } accessed)
        {
            text.Append(" Accessed ").Append(accessed.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))).Append('.');
        }
        if (work.Url is { Length: > 0 } url)
        {
            text.Append(' ').Append(url).Append('.');
        }
        return text.ToString();
    }
}
