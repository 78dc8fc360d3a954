using System.Globalization;
using System.Text;

namespace Dossier.Core.Citations;

/// <summary>
/// BibTeX: an archival document is <c>@misc</c> (biblatex <c>@unpublished</c> fields: <c>date</c>, <c>translator</c>,
/// <c>urldate</c>), a document of an edition <c>@incollection</c>. Values are braced and TeX's special characters escaped.
/// </summary>
public static class BibtexCitation
{
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var fields = new List<(string Name, string? Value)>
        {
            ("title", work.Title),
            ("author", Names(work.Authors)),
            ("translator", Names(work.Translators)),
            ("date", work.Date?.Value is { } edtf && !edtf.Contains('~', StringComparison.Ordinal) ? edtf : null),
            ("year", work.Date is { } date ? CitationDates.Year(date.Start) : null),
        };
        if (work.Edition is { } edition)
        {
            fields.Add(("booktitle", edition.Title));
            fields.Add(("editor", Names(edition.Editors)));
            fields.Add(("number", edition.Number));
            fields.Add(("publisher", edition.Publisher));
        }
        fields.Add(("howpublished", work.SiteName));
        fields.Add(("note", work.ReferenceText));
        fields.Add(("url", work.Url));
        fields.Add(("urldate", work.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        fields.Add(("language", work.Language));

        var text = new StringBuilder();
        text.Append(work.Edition is null ? "@misc{" : "@incollection{").Append(Key(work.Id)).Append(",\n");
        foreach (var (name, value) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            text.Append("  ").Append(name).Append(" = {").Append(name is "url" or "author" or "translator" or "editor" ? value : Escape(value!)).Append("},\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A citation key of letters, digits, "-" and "_": "dossier-119698".</summary>
    public static string Key(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = new StringBuilder("dossier-");
        foreach (var c in id)
        {
            key.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }
        return key.ToString();
    }

    /// <summary>TeX's specials escaped; unbalanced braces cannot occur because braces are escaped too.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' => "\\{",
                '}' => "\\}",
                '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // BibTeX names: "Family, Given" joined by " and "; a body is braced so it is not split.
    private static string? Names(IReadOnlyList<CitedName> names) =>
        names.Count == 0 ? null : string.Join(" and ", names.Select(n => n.Literal is { } literal ? "{" + Escape(literal) + "}" : Escape(n.Inverted)));
}
