using System.Text;

namespace Dossier.Core.Citations;

/// <summary>MLA Handbook, 9th edition, works-cited entry, as the official CSL style (modern-language-association.csl) lays out an archival item.</summary>
public static class MlaCitation
{
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var text = new StringBuilder();
        var edition = work.Edition;
        // With no author, the translators (or an edition's editors) stand in the author's place.
        var role = work.Authors.Count > 0 ? "" : edition is not null ? "editor" : "translator";
        var heads = work.Authors.Count > 0 ? work.Authors : edition?.Editors ?? work.Translators;
        if (heads.Count > 0)
        {
            var names = Names(heads);
            if (role.Length > 0)
            {
                names += ", " + role + (heads.Count == 1 ? "" : "s");
            }
            Sentence(text, names);
        }
        var title = Typography.Quotes(TitleCase.Apply(work.Title), nested: true);
        Sentence(text, "\u201C" + (title.EndsWith('\u2019') && End(title[..^1]).Length > 0 ? title[..^1] + ".\u2019" : title + End(title)) + "\u201D", period: false);
        var middle = new List<string?>();
        if (work.Translators.Count > 0 && role != "translator")
        {
            middle.Add("Translated by " + CreditFormatter.Series(work.Translators.Select(t => t.Natural).ToList()));
        }
        if (edition is not null)
        {
            middle.Add(edition.Title);
            middle.Add(edition.Number is null ? null : "no. " + edition.Number);
            middle.Add(edition.Publisher);
            middle.Add(work.Date is { } year ? CitationDates.Year(year.Start) : null);
        }
        else
        {
            middle.Add(work.Date is { } date ? CitationDates.Mla(date) : null);
            middle.Add(work.Reference?.Repository);
            middle.Add(work.Reference?.Series);
            middle.Add(ReferenceFormatter.Location(work.Reference) ?? (work.Reference is { Levels.Count: 0 } r ? r.Text : null));
        }
        Sentence(text, string.Join(", ", middle.Where(m => !string.IsNullOrWhiteSpace(m))));
        if (work.Url is { Length: > 0 } url)
        {
            Sentence(text, work.SiteName + ", " + url);
        }
        if (edition is null && work.Reference is { } reference && (reference.Microfilm || reference.Reel is not null))
        {
            Sentence(text, reference.Reel is null ? "Microfilm" : "Microfilm, reel " + reference.Reel);
        }
        if (work.Date is null && work.Accessed is { } accessed)
        {
            Sentence(text, "Accessed " + CitationDates.MlaDay(accessed));
        }
        return text.ToString();
    }

    /// <summary>"Azari, Mir Aga", "Azari, Mir Aga, and Gary Goldberg", "Azari, Mir Aga, et al."; no comma before "and" a body's name.</summary>
    private static string Names(IReadOnlyList<CitedName> names) => names.Count switch
    {
        1 => names[0].Inverted,
        2 => names[0].Inverted + (names[1].Literal is null ? ", and " : " and ") + names[1].Natural,
        _ => names[0].Inverted + ", et al.",
    };

    private static string End(string title) => title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? "" : ".";

    private static void Sentence(StringBuilder text, string part, bool period = true)
    {
        if (part.Length == 0)
        {
            return;
        }
        if (text.Length > 0)
        {
            text.Append(' ');
        }
        text.Append(part);
        if (period && !part.EndsWith('.'))
        {
            text.Append('.');
        }
    }
}
