using System.Text;

namespace Dossier.Core.Citations;

/// <summary>APA Publication Manual, 7th edition, reference-list entry, as the official CSL style (apa.csl) lays out an archival item.</summary>
public static class ApaCitation
{
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var text = new StringBuilder();
        var edition = work.Edition;
        var year = work.Date is { } date ? "(" + CitationDates.Year(date.Start) + ")." : "(n.d.).";
        var title = Typography.Quotes(work.Title, nested: false);
        var description = "";
        if (work.Translators.Count > 0)
        {
            var translators = work.Translators.Select(t => t.Literal ?? Initials(t) + " " + t.Family).ToList();
            title += " (" + (translators.Count == 2 ? translators[0] + " & " + translators[1] : Ampersand(translators)) + ", Trans.)";
        }
        if (edition is null && work.Reference is { } medium && (medium.Microfilm || medium.Reel is not null))
        {
            description = "[" + (medium.Reel is null ? "Microfilm" : "Microfilm, reel " + medium.Reel) + "]";
        }
        else if (edition is null && string.IsNullOrWhiteSpace(work.Reference?.Repository))
        {
            description = "[Unpublished manuscript]";
        }
        var heads = work.Authors.Count > 0 ? work.Authors : edition?.Editors ?? [];
        if (heads.Count > 0)
        {
            var names = Ampersand(heads.Select(Inverted).ToList(), heads[^1].Literal is null);
            if (work.Authors.Count == 0)
            {
                names += heads.Count == 1 ? " (Ed.)." : " (Eds.).";
            }
            text.Append(Period(names)).Append(' ').Append(year).Append(' ').Append(Period(description.Length == 0 ? title : title + " " + description));
        }
        else
        {
            // With no author the title leads, and the description follows the date.
            text.Append(Period(title)).Append(' ').Append(year);
            if (description.Length > 0)
            {
                text.Append(' ').Append(Period(description));
            }
        }
        if (edition is not null)
        {
            text.Append(" In ").Append(edition.Title).Append(edition.Number is null ? "" : " (No. " + edition.Number + ")").Append('.');
            if (edition.Publisher is { } publisher)
            {
                text.Append(' ').Append(Period(publisher));
            }
        }
        else if (Holding(work) is { Length: > 0 } holding)
        {
            text.Append(' ').Append(Period(holding));
        }
        if (work.Url is { Length: > 0 } url)
        {
            text.Append(' ').Append(url);
        }
        return text.ToString();
    }

    // "Series (f. 5, op. 28, d. 347), RGANI": the location in brackets after the first of collection and archive.
    private static string Holding(CitedWork work)
    {
        var reference = work.Reference;
        var parts = new[] { reference?.Series, reference?.Repository }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).ToList();
        var location = ReferenceFormatter.Location(reference) ?? (reference is { Levels.Count: 0 } r ? r.Text : null);
        if (location is not null)
        {
            if (parts.Count == 0)
            {
                return "(" + location + ")";
            }
            parts[0] += " (" + location + ")";
        }
        return string.Join(", ", parts);
    }

    private static string Inverted(CitedName name) => name.Literal ?? (name.Given is null ? name.Family ?? "" : name.Family + ", " + Initials(name));

    /// <summary>"Mir Aga" → "M. A."; "Jean-Paul" → "J.-P.".</summary>
    private static string Initials(CitedName name)
    {
        if (name.Literal is not null || name.Given is null)
        {
            return name.Literal ?? "";
        }
        return string.Join(' ', name.Given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Join("-", w.Split('-').Select(p => p.Length > 0 ? char.ToUpperInvariant(p[0]) + "." : ""))));
    }

    // As apa.csl under citeproc-js: two names take ", &" before a person's name and " &" before a body's.
    private static string Ampersand(IReadOnlyList<string> names, bool lastIsPerson = true) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + (lastIsPerson ? ", & " : " & ") + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
    };

    private static string Period(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
}
