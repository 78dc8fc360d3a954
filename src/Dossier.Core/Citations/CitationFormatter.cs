using Dossier.Core.Records;

namespace Dossier.Core.Citations;

/// <summary>A record cited in any <see cref="CitationStyle"/>.</summary>
public static class CitationFormatter
{
    public static string Format(ArchiveRecord record, CitationStyle style, CitationOptions options) =>
        Format(CitedWork.Of(record, options), style);

    public static string Format(CitedWork work, CitationStyle style) => style switch
    {
        CitationStyle.Chicago => ChicagoCitation.Format(work),
        CitationStyle.Mla => MlaCitation.Format(work),
        CitationStyle.Apa => ApaCitation.Format(work),
        CitationStyle.Bibtex => BibtexCitation.Format(work),
        CitationStyle.Ris => RisCitation.Format(work),
        _ => CslJsonCitation.Format(work),
    };

    /// <summary>Several works in one file (a search result's export): BibTeX entries and RIS records follow one another; CSL-JSON is one array.</summary>
    public static string FormatAll(IEnumerable<CitedWork> works, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(works);
        var list = works.ToList();
        return style switch
        {
            CitationStyle.CslJson => CslJsonCitation.Format(list),
            CitationStyle.Bibtex => string.Join("\n", list.Select(BibtexCitation.Format)),
            CitationStyle.Ris => string.Concat(list.Select(RisCitation.Format)),
            _ => string.Join("\n\n", list.Select(w => Format(w, style))),
        };
    }
}
